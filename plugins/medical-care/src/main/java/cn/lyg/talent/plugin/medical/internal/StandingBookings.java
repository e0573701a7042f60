package cn.lyg.talent.plugin.medical.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.lyg.talent.api.Actor;
import cn.lyg.talent.api.Actors;
import cn.lyg.talent.api.Refusal;
import cn.lyg.talent.api.Role;
import cn.lyg.talent.api.window.OneStopWindow;
import cn.lyg.talent.api.window.TicketState;

/**
 * Art.4.4 with Art.9: a request rejected or withdrawn while the plugin was uninstalled could not
 * tell it so (its handler was not there to be asked). When the plugin starts, the examination
 * bookings and recuperation places such requests still hold are given back, so that a place is
 * not lost to a request that no longer exists and the talent may apply again.
 */
@Component(immediate = true)
public class StandingBookings {
    private static final Logger LOG = LoggerFactory.getLogger(StandingBookings.class);
    private static final Set<TicketState> ENDED_WITHOUT_SERVICE = EnumSet.of(TicketState.REJECTED, TicketState.WITHDRAWN);

    @Activate
    public StandingBookings(@Reference MedicalRecords records, @Reference OneStopWindow window, @Reference Actors actors) {
        // The plugin reads its own requests across the city, as the talent office would.
        Actor reader = actors.of(MedicalCare.CODE, List.of(Role.SUPERVISOR.principalName()));
        int released = 0;
        for (String ticketId : records.standing()) {
            TicketState state;
            try {
                state = window.get(ticketId, reader).state;
            } catch (Refusal r) {
                // Not a ticket the platform knows (any more): the booking stays for staff to look at.
                continue;
            }
            if (ENDED_WITHOUT_SERVICE.contains(state)) {
                records.cancelExam(ticketId);
                records.cancelSeat(ticketId);
                released++;
            }
        }
        if (released > 0) {
            LOG.info("Gave back the examination bookings and recuperation places of {} request(s) rejected or withdrawn"
                    + " while the medical-care plugin was not installed", released);
        }
    }
}
