using System.ClientModel;
using System.ClientModel.Primitives;
using OpenAI;
using OpenAI.Chat;
using SdkMessage = OpenAI.Chat.ChatMessage;

namespace FineTune.Pipeline.Evaluation.Models;

/// <summary>
/// A model behind an OpenAI-compatible chat-completions endpoint (OpenAI, Azure OpenAI v1, vLLM, Ollama …),
/// through the official SDK's <see cref="ChatClient"/>. The SDK's own retries are switched off: retries,
/// backoff and concurrency belong to the evaluation's execution layer, which counts them. The API key is
/// handed to the SDK and never appears in messages, logs or the cache key.
/// </summary>
public sealed class OpenAIChatModel : IChatModel
{
    private readonly ChatClient _client;

    public OpenAIChatModel(string model, Uri endpoint, string apiKey, TimeSpan requestTimeout, HttpClient? httpClient = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(model);
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentException.ThrowIfNullOrEmpty(apiKey);
        Name = model;
        Endpoint = endpoint.ToString().TrimEnd('/');
        var options = new OpenAIClientOptions
        {
            Endpoint = endpoint,
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = requestTimeout,
        };
        if (httpClient is not null)
        {
            options.Transport = new HttpClientPipelineTransport(httpClient);
        }

        _client = new ChatClient(model, new ApiKeyCredential(apiKey), options);
    }

    public string Name { get; }

    public string Endpoint { get; }

    public async Task<ChatResult> CompleteAsync(IReadOnlyList<ChatMessage> messages, GenerationSettings settings, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(settings);
        var options = new ChatCompletionOptions
        {
            Temperature = (float)settings.Temperature,
            MaxOutputTokenCount = settings.MaxTokens,
            TopP = settings.TopP is { } p ? (float)p : null,
        };
#pragma warning disable OPENAI001 // Seed is marked experimental in the SDK; the endpoint treats it as best-effort determinism.
        options.Seed = settings.Seed;
#pragma warning restore OPENAI001
        try
        {
            var result = await _client.CompleteChatAsync(messages.Select(ToSdk), options, cancellationToken).ConfigureAwait(false);
            var completion = result.Value;
            var text = string.Concat(completion.Content.Where(c => c.Kind == ChatMessageContentPartKind.Text).Select(c => c.Text));
            return new ChatResult(text, completion.Usage?.InputTokenCount ?? 0, completion.Usage?.OutputTokenCount ?? 0)
            {
                Truncated = completion.FinishReason == ChatFinishReason.Length,
            };
        }
        catch (ClientResultException e)
        {
            throw Translate(e);
        }
        catch (HttpRequestException e)
        {
            throw new ChatModelException($"{Name} at {Endpoint}: connection failed ({e.Message})", null, isTransient: true, innerException: e);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ChatModelException($"{Name} at {Endpoint}: no reply within the request timeout", null, isTransient: true, innerException: e);
        }
    }

    private ChatModelException Translate(ClientResultException e)
    {
        var status = e.Status;
        if (status == 0)
        {
            return new ChatModelException($"{Name} at {Endpoint}: {e.Message}", null, isTransient: true, innerException: e);
        }

        var transient = status is 408 or 409 or 429 or >= 500;
        var retryAfter = RetryAfterHeader.Parse(e.GetRawResponse()?.Headers);
        return new ChatModelException($"{Name} at {Endpoint}: HTTP {status} {Summary(e)}", status, transient, retryAfter, e);
    }

    private static string Summary(ClientResultException e)
    {
        var body = e.GetRawResponse()?.Content?.ToString() ?? string.Empty;
        body = body.ReplaceLineEndings(" ");
        return body.Length <= 300 ? body : body[..300] + "…";
    }

    private static SdkMessage ToSdk(ChatMessage message) => message.Role switch
    {
        "system" or "developer" => new SystemChatMessage(message.Content),
        "assistant" => new AssistantChatMessage(message.Content),
        "user" => new UserChatMessage(message.Content),

        // Tool results need the tool call they answer; evaluation prompts carry them as plain context.
        _ => new UserChatMessage($"[{message.Role}] {message.Content}"),
    };
}
