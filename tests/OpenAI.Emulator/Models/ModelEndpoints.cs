using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace OpenAI.Emulator;

/// <summary><c>/v1/models</c>: the configured base models (with <c>shutdown_date</c>) and the fine-tuned models of succeeded jobs.</summary>
internal sealed class ModelEndpoints(EmulatorOptions options, EmulatorState state)
{
    private const long Created = 1_721_172_741;

    public void Map(IEndpointRouteBuilder app)
    {
        app.MapGet(EmulatorRoutes.Template(EmulatorRoutes.ListModels), () => Results.Json(new JsonObject
        {
            ["object"] = "list",
            ["data"] = new JsonArray([.. All()]),
        }));
        app.MapGet(EmulatorRoutes.Template(EmulatorRoutes.GetModel), (string model) =>
            All().FirstOrDefault(m => (string?)m["id"] == model) is { } found
                ? Results.Json(found)
                : ApiErrors.NotFound($"The model '{model}' does not exist", "model", "model_not_found"));
    }

    private List<JsonObject> All()
    {
        var models = options.Models.Select(m => new JsonObject
        {
            ["id"] = m.Id,
            ["object"] = "model",
            ["created"] = Created,
            ["owned_by"] = "system",
            ["shutdown_date"] = m.ShutdownDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        }).ToList();
        lock (state.Gate)
        {
            models.AddRange(state.Jobs.Where(j => j.FineTunedModel is not null).Select(j => new JsonObject
            {
                ["id"] = j.FineTunedModel,
                ["object"] = "model",
                ["created"] = j.FinishedAt,
                ["owned_by"] = j.OrganizationId,
                ["shutdown_date"] = null,
            }));
        }

        return models;
    }
}
