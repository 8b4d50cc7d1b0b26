using System.ClientModel;
using System.ClientModel.Primitives;
using System.Text.Json;
using System.Text.Json.Nodes;
using global::OpenAI.Files;

namespace FineTune.Pipeline.Training.OpenAI;

/// <summary>Files, and the plumbing every call shares.</summary>
internal sealed partial class OpenAIFineTuningApi
{
    public Task<RemoteFile> UploadAsync(string path, string filename, CancellationToken ct) => CallAsync("POST /files", async () =>
    {
        await using var stream = File.OpenRead(path);
        OpenAIFile file = await _files.UploadFileAsync(stream, filename, FileUploadPurpose.FineTune, ct);
        return new RemoteFile(file.Id, file.Filename, file.SizeInBytes ?? -1, "fine-tune");
    });

    public Task<IReadOnlyList<RemoteFile>> ListFineTuneFilesAsync(CancellationToken ct) => CallAsync<IReadOnlyList<RemoteFile>>("GET /files", async () =>
    {
        OpenAIFileCollection files = await _files.GetFilesAsync(FilePurpose.FineTune, ct);
        return [.. files.Select(f => new RemoteFile(f.Id, f.Filename, f.SizeInBytes ?? -1, "fine-tune"))];
    });

    /// <summary>The file, or null when it is gone (404).</summary>
    public Task<RemoteFile?> GetFileAsync(string fileId, CancellationToken ct) => OrNullAsync(CallAsync($"GET /files/{fileId}", async () =>
    {
        OpenAIFile file = await _files.GetFileAsync(fileId, ct);
        return new RemoteFile(file.Id, file.Filename, file.SizeInBytes ?? -1, "fine-tune");
    }));

    public Task<string> DownloadTextAsync(string fileId, CancellationToken ct) => CallAsync($"GET /files/{fileId}/content", async () =>
    {
        BinaryData content = await _files.DownloadFileAsync(fileId, ct);
        return content.ToString();
    });

    private static RequestOptions Options(CancellationToken ct) => new() { CancellationToken = ct };

    private async Task<JsonElement> SendAsync(string method, string pathAndQuery, JsonNode? body, CancellationToken ct)
    {
        var operation = $"{method} {pathAndQuery.Split('?')[0]}";
        return await CallAsync(operation, async () =>
        {
            using var message = _pipeline.CreateMessage();
            message.Request.Method = method;
            message.Request.Uri = new Uri(_baseUrl + pathAndQuery);
            message.Request.Headers.Set("Accept", "application/json");
            if (body is not null)
            {
                message.Request.Headers.Set("Content-Type", "application/json");
                message.Request.Content = BinaryContent.Create(BinaryData.FromString(body.ToJsonString()));
            }

            message.Apply(Options(ct));
            await _pipeline.SendAsync(message);
            var response = message.Response!;
            if (response.IsError)
            {
                throw await ClientResultException.CreateAsync(response);
            }

            return Json.Parse(response.Content);
        });
    }

    private static async Task<T> CallAsync<T>(string operation, Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (ClientResultException e) when (e.Status != 0)
        {
            throw OpenAIApiException.From(e, operation);
        }
    }

    private static async Task<T?> OrNullAsync<T>(Task<T> call)
        where T : class
    {
        try
        {
            return await call;
        }
        catch (OpenAIApiException e) when (e.Status == 404)
        {
            return null;
        }
    }
}
