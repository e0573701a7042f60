package cn.lyg.talent.plugin.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

import javax.persistence.EntityManagerFactory;
import javax.persistence.Persistence;
import javax.sql.DataSource;

import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.h2.jdbcx.JdbcDataSource;

import cn.lyg.talent.persistence.UnitTransactions;

/**
 * A plugin's own persistence unit (its {@code META-INF/persistence.xml}) on a fresh in-memory H2,
 * outside OSGi, with the transactions the platform gives it in Karaf ({@link UnitTransactions}).
 */
public final class LocalJpa implements JpaTemplate {
    private final JdbcDataSource dataSource = new JdbcDataSource();
    private final UnitTransactions transactions;

    public LocalJpa(String unitName) {
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        EntityManagerFactory emf = Persistence.createEntityManagerFactory(unitName,
                Map.of("javax.persistence.nonJtaDataSource", dataSource, "javax.persistence.transactionType", "RESOURCE_LOCAL"));
        transactions = new UnitTransactions(emf);
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
        return transactions.txExpr(type, code);
    }

    @Override
    public <R> R txExpr(EmFunction<R> code) {
        return transactions.txExpr(code);
    }

    @Override
    public void tx(TransactionType type, EmConsumer code) {
        transactions.tx(type, code);
    }

    @Override
    public void tx(EmConsumer code) {
        transactions.tx(code);
    }
}
