package cn.lyg.talent.plugin.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;
import javax.sql.DataSource;

import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A plugin's own persistence unit (its {@code META-INF/persistence.xml}) on a fresh in-memory H2,
 * outside OSGi, doing for {@link TransactionType#Required} what Aries JPA does: one transaction
 * per call, rolled back when the call throws.
 */
public final class LocalJpa implements JpaTemplate {
    private final JdbcDataSource dataSource = new JdbcDataSource();
    private final EntityManagerFactory emf;

    public LocalJpa(String unitName) {
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        emf = Persistence.createEntityManagerFactory(unitName,
                Map.of("javax.persistence.nonJtaDataSource", dataSource, "javax.persistence.transactionType", "RESOURCE_LOCAL"));
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** The rows of a table, for a test that a refusal wrote nothing. */
    public int rows(String table) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Override
    public <R> R txExpr(TransactionType type, EmFunction<R> code) {
        if (type != TransactionType.Required) {
            throw new IllegalArgumentException("RESOURCE_LOCAL units support Required only");
        }
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            R r = code.apply(em);
            em.getTransaction().commit();
            return r;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    @Override
    public <R> R txExpr(EmFunction<R> code) {
        return txExpr(TransactionType.Required, code);
    }

    @Override
    public void tx(TransactionType type, EmConsumer code) {
        txExpr(type, em -> {
            code.accept(em);
            return null;
        });
    }

    @Override
    public void tx(EmConsumer code) {
        tx(TransactionType.Required, code);
    }
}
