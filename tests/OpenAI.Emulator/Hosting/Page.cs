using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace OpenAI.Emulator;

/// <summary>Cursor pagination as the API does it: items after the one with id <c>after</c>, <c>limit</c> at most.</summary>
internal static class Page
{
    public static IResult Of<T>(IEnumerable<T> items, Func<T, string> id, Func<T, JsonObject> json, string? after, int limit, bool ids = true)
    {
        if (after is not null)
        {
            items = items.SkipWhile(i => id(i) != after).Skip(1);
        }

        var all = items.ToList();
        var page = all.Take(Math.Clamp(limit, 1, 100)).ToList();
        var body = new JsonObject
        {
            ["object"] = "list",
            ["data"] = new JsonArray([.. page.Select(json)]),
            ["has_more"] = all.Count > page.Count,
        };
        if (ids)
        {
            body["first_id"] = page.Count == 0 ? null : id(page[0]);
            body["last_id"] = page.Count == 0 ? null : id(page[^1]);
        }

        return Results.Json(body);
    }
}
