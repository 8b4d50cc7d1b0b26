using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OpenAI.Emulator;

/// <summary>
/// An OpenAI-compatible server on Kestrel, bound to loopback. Start it, point a client at
/// <see cref="BaseUrl"/>, then inspect <see cref="Requests"/> and <see cref="State"/>, inject faults
/// with <see cref="Faults"/>, and move jobs with polls, the clock or <see cref="AdvanceJob"/>.
/// </summary>
public sealed class OpenAIEmulator : IAsyncDisposable
{
    private readonly JobSimulator _simulator;
    private WebApplication? _app;

    public OpenAIEmulator(EmulatorOptions? options = null)
    {
        Options = options ?? new EmulatorOptions();
        _simulator = new JobSimulator(Options, State);
    }

    public EmulatorOptions Options { get; }

    public EmulatorState State { get; } = new();

    public RequestLog Requests { get; } = new();

    public FaultInjector Faults { get; } = new();

    /// <summary>Called with the route (<see cref="EmulatorRoutes"/>) of each request as it arrives, before it is served: lets a test act mid-run.</summary>
    public Action<string>? OnRequest { get; set; }

    /// <summary><c>http://127.0.0.1:{port}/v1</c>, known once started.</summary>
    public string BaseUrl { get; private set; } = string.Empty;

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{Options.Port}");
        var app = builder.Build();
        app.UseRouting();
        app.UseMiddleware<EmulatorMiddleware>(this);
        new FileEndpoints(Options, State).Map(app);
        new FineTuningEndpoints(Options, State, _simulator).Map(app);
        new ModelEndpoints(Options, State).Map(app);
        new ChatEndpoints(Options, State).Map(app);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        BaseUrl = address.TrimEnd('/') + "/v1";
        _app = app;
    }

    /// <summary>Moves a job forward by <paramref name="ticks"/> ticks, whatever the progress mode.</summary>
    public EmulatedJob AdvanceJob(string jobId, int ticks = 1)
    {
        lock (State.Gate)
        {
            var job = State.FindJob(jobId) ?? throw new ArgumentException($"No job {jobId}.", nameof(jobId));
            for (var i = 0; i < ticks; i++)
            {
                _simulator.Tick(job);
            }

            return job;
        }
    }

    /// <summary>Forces a job into any status, e.g. one the client does not know yet.</summary>
    public void SetJobStatus(string jobId, string status)
    {
        lock (State.Gate)
        {
            (State.FindJob(jobId) ?? throw new ArgumentException($"No job {jobId}.", nameof(jobId))).Status = status;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
            _app = null;
        }
    }
}
