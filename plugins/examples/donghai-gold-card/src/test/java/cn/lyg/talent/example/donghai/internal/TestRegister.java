package cn.lyg.talent.example.donghai.internal;

import java.util.Map;
import java.util.UUID;

import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;

import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.h2.jdbcx.JdbcDataSource;

/** The plugin's real persistence unit on an in-memory H2, with what Aries JPA does for Required. */
final class TestRegister implements JpaTemplate {
    private final EntityManagerFactory emf;
    final CardRegister register;

    TestRegister() throws Exception {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        emf = Persistence.createEntityManagerFactory("donghai-goldcard",
                Map.of("javax.persistence.nonJtaDataSource", ds, "javax.persistence.transactionType", "RESOURCE_LOCAL"));
        register = new CardRegister(ds, this);
    }

    @Override
    public <R> R txExpr(TransactionType type, EmFunction<R> code) {
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
