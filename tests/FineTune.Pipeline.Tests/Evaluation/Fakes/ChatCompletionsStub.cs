using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FineTune.Pipeline.Tests.Evaluation.Fakes;

/// <summary>
/// A minimal OpenAI-compatible <c>POST /v1/chat/completions</c> server on HttpListener, for evaluation
/// tests until the shared emulator lands: replies come from a function of (model, messages); a fault
/// function can answer with an HTTP status and Retry-After instead; every request is logged.
/// </summary>
internal sealed class ChatCompletionsStub : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Func<string, IReadOnlyList<(string Role, string Content)>, string> _reply;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public ChatCompletionsStub(Func<string, IReadOnlyList<(string Role, string Content)>, string> reply, TimeSpan latency = default)
    {
        _reply = reply;
        Latency = latency;
        var port = FreePort();
        BaseUrl = new Uri($"http://127.0.0.1:{port}/v1/");
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(AcceptLoop);
    }

    public Uri BaseUrl { get; }

    public TimeSpan Latency { get; set; }

    /// <summary>Returns (status, retry-after-ms) to fail a request, or null to answer it. Receives the 1-based request number.</summary>
    public Func<int, (int Status, int? RetryAfterMs)?>? Fault { get; set; }

    public ConcurrentQueue<(string Model, string LastUserMessage, int Status)> Log { get; } = new();

    public int Requests => Log.Count;

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
        }

        _stop.Dispose();
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }

    private async Task AcceptLoop()
    {
        var number = 0;
        while (!_stop.IsCancellationRequested)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            var n = Interlocked.Increment(ref number);
            _ = Task.Run(() => HandleAsync(context, n));
        }
    }

    private async Task HandleAsync(HttpListenerContext context, int number)
    {
        try
        {
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = JsonNode.Parse(await reader.ReadToEndAsync())!;
            var model = (string)body["model"]!;
            var messages = body["messages"]!.AsArray().Select(m => ((string)m!["role"]!, (string)m["content"]!)).ToArray();
            if (Latency > TimeSpan.Zero)
            {
                await Task.Delay(Latency);
            }

            var lastUser = messages.LastOrDefault(m => m.Item1 == "user").Item2 ?? string.Empty;
            if (Fault?.Invoke(number) is { } fault)
            {
                Log.Enqueue((model, lastUser, fault.Status));
                context.Response.StatusCode = fault.Status;
                if (fault.RetryAfterMs is { } ms)
                {
                    context.Response.AddHeader("retry-after-ms", ms.ToString(CultureInfo.InvariantCulture));
                }

                await Write(context, """{"error":{"message":"injected fault","type":"server_error"}}""");
                return;
            }

            var text = _reply(model, messages);
            Log.Enqueue((model, lastUser, 200));
            var response = new JsonObject
            {
                ["id"] = $"chatcmpl-{number}",
                ["object"] = "chat.completion",
                ["created"] = 1_700_000_000,
                ["model"] = model,
                ["choices"] = new JsonArray(new JsonObject
                {
                    ["index"] = 0,
                    ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = text },
                    ["finish_reason"] = "stop",
                }),
                ["usage"] = new JsonObject { ["prompt_tokens"] = 20, ["completion_tokens"] = 5, ["total_tokens"] = 25 },
            };
            await Write(context, response.ToJsonString());
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or IOException or JsonException)
        {
        }
    }

    private static async Task Write(HttpListenerContext context, string json)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        context.Response.ContentType = "application/json";
        context.Response.ContentLength64 = bytes.Length;
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }
}
