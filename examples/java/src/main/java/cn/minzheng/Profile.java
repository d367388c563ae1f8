package cn.minzheng;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;

/**
 * A policy profile (低保 standards, income rules, ... by effective date). Immutable and
 * shareable between threads; close it once.
 */
public final class Profile implements AutoCloseable {
    private Pointer handle;

    private Profile(Pointer handle) {
        this.handle = handle;
    }

    /**
     * @param json the profile's JSON
     * @return the validated profile
     * @throws MinzhengException when the profile is invalid
     */
    public static Profile fromJson(String json) {
        PointerByReference out = new PointerByReference();
        NativeLib.check(NativeLib.API.minzheng_profile_new(json, out));
        return new Profile(out.getValue());
    }

    Pointer handle() {
        if (handle == null) {
            throw new IllegalStateException("profile closed");
        }
        return handle;
    }

    /** Frees the native profile. Idempotent. */
    @Override
    public synchronized void close() {
        if (handle != null) {
            NativeLib.API.minzheng_profile_free(handle);
            handle = null;
        }
    }
}
