package cn.lyg.talent.engine.internal.store;

import javax.sql.DataSource;

import org.apache.aries.jpa.template.JpaTemplate;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The engine's database: migrates the schema of the {@code talentdb} DataSource on activation
 * and hands out the JPA template of the {@code talent} persistence unit. Components that
 * persist reference this service, so none of them touches a table before it exists.
 */
@Component(service = Database.class)
public class Database {
    private final JpaTemplate jpa;

    @Activate
    public Database(@Reference(target = "(osgi.jndi.service.name=talentdb)") DataSource dataSource,
            @Reference(target = "(osgi.unit.name=talent)") JpaTemplate jpa) throws Exception {
        new SchemaMigrations(Database.class.getClassLoader()).apply(dataSource);
        this.jpa = jpa;
    }

    public JpaTemplate jpa() {
        return jpa;
    }
}
