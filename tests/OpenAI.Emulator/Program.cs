using System.Globalization;

namespace OpenAI.Emulator;

/// <summary>
/// <c>dotnet run --project tests/OpenAI.Emulator -- [--port 8089] [--api-key KEY] [--tick-seconds 2] [--running-ticks 3]</c>:
/// serves the emulator until Ctrl+C, with jobs moving on the real clock.
/// </summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        var options = new EmulatorOptions { Port = 8089, Progress = JobProgressMode.ByTime };
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            options = args[i] switch
            {
                "--port" => options with { Port = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                "--api-key" => options with { ApiKey = args[i + 1] },
                "--tick-seconds" => options with { TickDuration = TimeSpan.FromSeconds(double.Parse(args[i + 1], CultureInfo.InvariantCulture)) },
                "--running-ticks" => options with { RunningTicks = int.Parse(args[i + 1], CultureInfo.InvariantCulture) },
                _ => throw new ArgumentException($"Unknown option {args[i]}. Options: --port, --api-key, --tick-seconds, --running-ticks."),
            };
        }

        await using var emulator = new OpenAIEmulator(options);
        await emulator.StartAsync();
        Console.WriteLine($"OpenAI emulator listening on {emulator.BaseUrl}");
        Console.WriteLine($"  export OPENAI_BASE_URL={emulator.BaseUrl} OPENAI_API_KEY={options.ApiKey ?? "any-non-empty-value"}");
        Console.WriteLine("Press Ctrl+C to stop.");
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
        }

        return 0;
    }
}
