using OpenAI.Emulator;

namespace FineTune.Pipeline.Tests.Training.Emulator;

/// <summary>A started emulator with a raw HTTP client on it; <c>await using</c> it in a test.</summary>
internal sealed class TestEmulator : IAsyncDisposable
{
    private TestEmulator(OpenAIEmulator server, EmulatorHttp http) => (Server, Http) = (server, http);

    public OpenAIEmulator Server { get; }

    public EmulatorHttp Http { get; }

    public static async Task<TestEmulator> StartAsync(EmulatorOptions? options = null)
    {
        var server = new OpenAIEmulator(options ?? new EmulatorOptions { RunningTicks = 2 });
        await server.StartAsync();
        return new TestEmulator(server, new EmulatorHttp(server.BaseUrl));
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
    }
}
