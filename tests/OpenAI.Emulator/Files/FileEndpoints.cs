using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace OpenAI.Emulator;

/// <summary>The Files API: multipart upload, list, retrieve, content, delete.</summary>
internal sealed class FileEndpoints(EmulatorOptions options, EmulatorState state)
{
    private static readonly HashSet<string> Purposes = ["assistants", "batch", "fine-tune", "vision", "user_data", "evals"];

    public void Map(IEndpointRouteBuilder app)
    {
        app.MapPost(EmulatorRoutes.Template(EmulatorRoutes.UploadFile), UploadAsync);
        app.MapGet(EmulatorRoutes.Template(EmulatorRoutes.ListFiles), List);
        app.MapGet(EmulatorRoutes.Template(EmulatorRoutes.GetFile), (string file_id) => WithFile(file_id, f => Results.Json(f.ToJson())));
        app.MapGet(EmulatorRoutes.Template(EmulatorRoutes.GetFileContent), (string file_id) => WithFile(file_id, f => Results.Bytes(f.Content, "application/octet-stream")));
        app.MapDelete(EmulatorRoutes.Template(EmulatorRoutes.DeleteFile), Delete);
    }

    private async Task<IResult> UploadAsync(HttpRequest request)
    {
        if (!request.HasFormContentType)
        {
            return ApiErrors.BadRequest("Expected a multipart/form-data body with 'file' and 'purpose'.");
        }

        var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        var purpose = form["purpose"].ToString();
        if (!Purposes.Contains(purpose))
        {
            return ApiErrors.BadRequest($"'{purpose}' is not one of {string.Join(", ", Purposes.Order())} - 'purpose'", "purpose");
        }

        var upload = form.Files.GetFile("file");
        if (upload is null)
        {
            return ApiErrors.BadRequest("Missing required parameter: 'file'.", "file");
        }

        using var buffer = new MemoryStream();
        await upload.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        var file = new StoredFile
        {
            Id = state.NewId("file-emu"),
            Filename = upload.FileName,
            Purpose = purpose,
            Content = buffer.ToArray(),
            CreatedAt = options.Clock.GetUtcNow().ToUnixTimeSeconds(),
        };
        lock (state.Gate)
        {
            state.Add(file);
        }

        return Results.Json(file.ToJson());
    }

    private IResult List(string? purpose, int? limit, string? after, string? order)
    {
        lock (state.Gate)
        {
            IEnumerable<StoredFile> files = order == "asc" ? state.Files : state.FilesNewestFirst;
            files = files.Where(f => purpose is null || f.Purpose == purpose);
            if (after is not null)
            {
                files = files.SkipWhile(f => f.Id != after).Skip(1);
            }

            var all = files.ToList();
            var page = all.Take(Math.Clamp(limit ?? 10_000, 1, 10_000)).ToList();
            return Results.Json(new JsonObject
            {
                ["object"] = "list",
                ["data"] = new JsonArray([.. page.Select(f => f.ToJson())]),
                ["first_id"] = page.FirstOrDefault()?.Id,
                ["last_id"] = page.LastOrDefault()?.Id,
                ["has_more"] = all.Count > page.Count,
            });
        }
    }

    private IResult Delete(string file_id)
    {
        lock (state.Gate)
        {
            return state.RemoveFile(file_id)
                ? Results.Json(new JsonObject { ["id"] = file_id, ["object"] = "file", ["deleted"] = true })
                : NoSuchFile(file_id);
        }
    }

    private IResult WithFile(string id, Func<StoredFile, IResult> answer)
    {
        lock (state.Gate)
        {
            return state.FindFile(id) is { } file ? answer(file) : NoSuchFile(id);
        }
    }

    private static IResult NoSuchFile(string id) => ApiErrors.NotFound($"No such File object: {id}", "id");
}
