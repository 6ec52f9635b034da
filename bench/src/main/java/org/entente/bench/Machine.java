package org.entente.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine a run came from: cores, CPU model, memory, JDK and Node versions. */
final class Machine {
    private Machine() {
    }

    static String describe() {
        String model = "?";
        long memKb = 0;
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    model = line.substring(line.indexOf(':') + 1).trim();
                    break;
                }
            }
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    memKb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException e) {
            // leave the defaults
        }
        String node = "?";
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            node = new String(p.getInputStream().readAllBytes()).strip();
        } catch (IOException e) {
            node = "not found";
        }
        return String.format("Machine: %d cores (nproc), %s, %.1f GB RAM, JDK %s (%s), Node %s, Linux %s",
                Runtime.getRuntime().availableProcessors(), model, memKb / 1024.0 / 1024.0, System.getProperty("java.version"),
                System.getProperty("java.vm.name"), node, System.getProperty("os.version"));
    }
}
