package org.entente.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.entente.scenario.Problem;
import org.entente.scenario.Scenario;
import org.entente.scenario.ScenarioLoader;
import org.entente.scenario.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code entente validate FILE...}: checks scenario files against the schema and the semantic rules.
 * Prints {@code FILE:LINE:COLUMN: FIELD: message} for every problem, or {@code FILE: valid (...)}.
 * Exit status: 0 all valid, 1 some problem found, 2 a file could not be read (or usage error).
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check scenario files and print every problem with its line and field.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every file is a valid scenario", "1:some file has problems (each is printed)",
                "2:a file could not be read, or a usage error"})
public final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Scenario YAML files.")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean invalid = false;
        boolean unreadable = false;
        for (Path file : files) {
            String name = file.toString();
            String text;
            try {
                if (Files.isDirectory(file)) {
                    throw new IOException("is a directory");
                }
                text = StandardCharsets.UTF_8.newDecoder()
                        .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
            } catch (CharacterCodingException e) {
                err.println(name + ": cannot read: not UTF-8 text");
                unreadable = true;
                continue;
            } catch (IOException e) {
                String why = e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage();
                err.println(name + ": cannot read: " + why);
                unreadable = true;
                continue;
            }
            ValidationReport report = ScenarioLoader.validate(text, name);
            if (report.valid()) {
                Scenario s = report.scenario().orElseThrow();
                out.println(name + ": valid (" + s.nations().size() + " nations, " + s.turns().count() + " turns, "
                        + s.deck().size() + " events)");
            } else {
                invalid = true;
                for (Problem p : report.problems()) {
                    out.println(p.format());
                }
            }
        }
        out.flush();
        err.flush();
        return unreadable ? 2 : invalid ? 1 : 0;
    }
}
