package cn.lyg.talent.persistence;

import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "PROBE_ROW")
public class ProbeRow {
    @Id
    public String id;

    public ProbeRow() {
    }

    ProbeRow(String id) {
        this.id = id;
    }
}
