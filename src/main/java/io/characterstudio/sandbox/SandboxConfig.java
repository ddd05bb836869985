package io.characterstudio.sandbox;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How to start a sandbox.
 *
 * @param port       0 lets the OS choose a free port
 * @param dataDir    the folder of the database and the generated key; empty for an in-memory
 *                   sandbox whose characters vanish when it stops
 * @param apiKey     the key to accept; empty to use the stored (or a newly generated) key
 * @param faults     fault injection in force at start
 * @param faultSeed  seed of the fault draws, so that a run with fractional rates can be repeated
 */
public record SandboxConfig(
        int port, Optional<Path> dataDir, Optional<String> apiKey, FaultSettings faults, long faultSeed) {

    public SandboxConfig {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 to 65535");
        }
        apiKey = apiKey.map(String::strip).filter(k -> !k.isEmpty());
    }

    public static SandboxConfig inMemory() {
        return new SandboxConfig(0, Optional.empty(), Optional.empty(), FaultSettings.NONE, 1L);
    }

    public static SandboxConfig persistent(Path dataDir) {
        return new SandboxConfig(0, Optional.of(dataDir), Optional.empty(), FaultSettings.NONE, 1L);
    }

    public SandboxConfig withPort(int newPort) {
        return new SandboxConfig(newPort, dataDir, apiKey, faults, faultSeed);
    }

    public SandboxConfig withApiKey(String key) {
        return new SandboxConfig(port, dataDir, Optional.ofNullable(key), faults, faultSeed);
    }

    public SandboxConfig withFaults(FaultSettings newFaults) {
        return new SandboxConfig(port, dataDir, apiKey, newFaults, faultSeed);
    }

    public SandboxConfig withFaultSeed(long seed) {
        return new SandboxConfig(port, dataDir, apiKey, faults, seed);
    }

    /** Says whether a key is set, never the key. */
    @Override
    public String toString() {
        return "SandboxConfig[port=" + port + ", dataDir=" + dataDir + ", apiKey="
                + (apiKey.isPresent() ? "(set)" : "(none)") + ", faults=" + faults + ", faultSeed=" + faultSeed + "]";
    }
}
