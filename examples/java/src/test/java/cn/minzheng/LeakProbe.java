package cn.minzheng;

import com.sun.jna.ptr.PointerByReference;

/**
 * The control of tests/c-abi.sh's valgrind run of Java: makes a calendar through the C ABI
 * and never frees it, so valgrind must report a definite leak inside libminzheng. It proves
 * that the check, which looks for libminzheng in the stacks of valgrind's reports among the
 * JVM's own, would see one.
 */
public final class LeakProbe {
    private LeakProbe() {}

    /**
     * Leaks one calendar on purpose.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        PointerByReference out = new PointerByReference();
        NativeLib.check(NativeLib.API.minzheng_calendar_new(null, null, out));
        // Forget the only copy of the handle (else it stays "still reachable" in JNA's memory).
        out.setValue(null);
        System.out.println("leaked one calendar on purpose");
    }
}
