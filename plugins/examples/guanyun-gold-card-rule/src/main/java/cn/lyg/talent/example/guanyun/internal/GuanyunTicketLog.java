package cn.lyg.talent.example.guanyun.internal;

import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.lyg.talent.api.catalog.ServiceOffering;
import cn.lyg.talent.api.catalog.TicketListener;
import cn.lyg.talent.api.catalog.TicketTransition;

/**
 * A listener (Art.9 "extend"): the county's talent office follows its gold-card tickets in the
 * log. It logs the ticket number and the step only, never the talent's identity or phone.
 */
@Component(property = {ServiceOffering.SERVICE_CODE + "=gold-card", ServiceOffering.JURISDICTION + "=" + GuanyunGoldCardRule.GUANYUN})
public class GuanyunTicketLog implements TicketListener {
    private static final Logger LOG = LoggerFactory.getLogger(GuanyunTicketLog.class);

    @Override
    public void transitioned(TicketTransition t) {
        LOG.info("Guanyun gold card {}: {} {} -> {}", t.number, t.action, t.from, t.to);
    }
}
