package org.entente.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.entente.framework.FrameworkService;
import org.entente.framework.InvalidCaseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code entente analyze CASE.json|-}: the framework analysis of one case (../shared/framework/README.md),
 * through the same engine the live adjudicator uses. Prints the result JSON on standard output.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyse an alliance case with the smart-power framework and print the result as JSON.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:the result was printed", "2:the case is malformed (the message names the field),"
                + " the file cannot be read, or a usage error"})
public final class AnalyzeCommand implements Callable<Integer> {

    static final int MALFORMED = 2;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CASE.json", description = "The case file, or - for standard input.")
    String source;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String text;
        try {
            text = read(source);
        } catch (CharacterCodingException e) {
            err.println("analyze: cannot read " + name() + ": not UTF-8 text");
            err.flush();
            return MALFORMED;
        } catch (IOException e) {
            String why = e instanceof NoSuchFileException ? "no such file" : e.getMessage();
            err.println("analyze: cannot read " + name() + ": " + why);
            err.flush();
            return MALFORMED;
        }
        try {
            out.println(FrameworkService.analyzeJson(text));
            out.flush();
            return 0;
        } catch (InvalidCaseException e) {
            err.println("analyze: invalid case " + name() + ": " + e.getMessage());
            err.flush();
            return MALFORMED;
        }
    }

    private String name() {
        return "-".equals(source) ? "(standard input)" : source;
    }

    private static String read(String source) throws IOException {
        byte[] bytes;
        if ("-".equals(source)) {
            InputStream in = System.in;
            bytes = in.readAllBytes();
        } else {
            Path path = Path.of(source);
            if (Files.isDirectory(path)) {
                throw new IOException("is a directory");
            }
            bytes = Files.readAllBytes(path);
        }
        return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    }
}
