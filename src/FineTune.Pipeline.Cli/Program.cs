using System.Runtime.InteropServices;
using FineTune.Pipeline.Diagnostics;
using FineTune.Pipeline.Reporting;
using FineTune.Pipeline.Runner;

namespace FineTune.Pipeline.Cli;

/// <summary>The <c>finetune</c> executable: wires the console, environment and Ctrl+C to <see cref="PipelineRunner"/>.</summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && args[0] == TinyModelCommand.Name)
        {
            return TinyModelCommand.Run(args[1..], Console.Out, Console.Error);
        }

        var commandLine = CommandLineParser.Parse(args);
        var services = PipelineServices.Default();
        var noColor = commandLine.Options?.NoColor == true || services.Variable("NO_COLOR") is not null;
        var verbose = commandLine.Options?.Verbose == true || services.Variable("FINETUNE_DEBUG") is "1" or "true";
        var output = ConsoleFactory.Create(Console.Out, noColor);
        var errors = ConsoleFactory.Create(Console.Error, noColor);

        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            // First Ctrl+C: stop after cleaning up and writing the reports. A second one ends the process.
            if (!cancellation.IsCancellationRequested)
            {
                e.Cancel = true;
                cancellation.Cancel();
            }
        };
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            cancellation.Cancel();
        });

        var runner = new PipelineRunner(output, services, errors);
        try
        {
            return await runner.RunAsync(commandLine, cancellation.Token).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            var message = $"internal error: {ex.GetType().Name}: {ex.Message}" +
                (verbose ? string.Empty : " (run with --verbose or FINETUNE_DEBUG=1 for details)");
            ConsoleLines.Write(errors, new Diagnostic(Severity.Error, RunnerCodes.Internal, null, 0, 0, message).ToCanonicalString());
            if (verbose)
            {
                ConsoleLines.Write(errors, ex.ToString());
            }

            return ExitCodes.External;
        }
    }
}
