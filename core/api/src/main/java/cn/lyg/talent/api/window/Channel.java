package cn.lyg.talent.api.window;

/** Art.6 "online + offline": how a request reached the window. */
public enum Channel {
    ONLINE, OFFLINE
}
