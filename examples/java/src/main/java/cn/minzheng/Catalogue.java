package cn.minzheng;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;

/**
 * The catalogue of statutory periods (法定期限): the national one, or the national one with a
 * jurisdiction's overrides (a local promise may shorten a period, never lengthen it).
 * Immutable: one instance may be shared by any number of threads; close it once, when no
 * thread uses it any more.
 */
public final class Catalogue implements AutoCloseable {
    private Pointer handle;

    private Catalogue(Pointer handle) {
        this.handle = handle;
    }

    /**
     * The national catalogue.
     *
     * @return a new catalogue
     */
    public static Catalogue national() {
        return withOverrides(null);
    }

    /**
     * The national catalogue with a jurisdiction's overrides.
     *
     * @param overridesJson the JSON of the core's {@code deadline::Overrides}, or null for none
     * @return a new catalogue
     * @throws MinzhengException when an override is invalid or would lengthen a period (every
     *     problem listed)
     */
    public static Catalogue withOverrides(String overridesJson) {
        PointerByReference out = new PointerByReference();
        NativeLib.check(NativeLib.API.minzheng_catalogue_new(overridesJson, out));
        return new Catalogue(out.getValue());
    }

    Pointer handle() {
        if (handle == null) {
            throw new IllegalStateException("catalogue closed");
        }
        return handle;
    }

    static Pointer handleOrNull(Catalogue c) {
        return c == null ? null : c.handle();
    }

    /** Frees the native catalogue. Idempotent. */
    @Override
    public synchronized void close() {
        if (handle != null) {
            NativeLib.API.minzheng_catalogue_free(handle);
            handle = null;
        }
    }
}
