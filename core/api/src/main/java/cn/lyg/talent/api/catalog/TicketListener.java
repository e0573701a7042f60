package cn.lyg.talent.api.catalog;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Told of every committed transition, after the fact, on a delivery thread of the platform's.
 * Registered with {@value ServiceOffering#SERVICE_CODE} to hear one service only, or without
 * it to hear all. A failure is logged with the listener's bundle and otherwise ignored.
 *
 * @since 1.0
 */
@ConsumerType
public interface TicketListener {

    void transitioned(TicketTransition transition);
}
