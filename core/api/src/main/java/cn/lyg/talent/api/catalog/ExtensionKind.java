package cn.lyg.talent.api.catalog;

/** What an extension adds to a service (Art.9): the SPI type its plugin registered. */
public enum ExtensionKind {
    /** An {@link EligibilityRule}. */
    ELIGIBILITY_RULE,
    /** A {@link FormExtension}: fields added to the service's form. */
    FORM_EXTENSION,
    /** The {@link ServiceHandler} asked at each step. */
    HANDLER,
    /** A {@link TicketListener} of this service. */
    LISTENER
}
