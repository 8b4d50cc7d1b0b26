namespace OpenAI.Emulator;

/// <summary>One request the emulator served.</summary>
/// <param name="Route">The matched route, as in <see cref="EmulatorRoutes"/> (<c>"POST /v1/files"</c>); null when none matched.</param>
/// <param name="Path">The request path.</param>
/// <param name="Query">The query string, including the leading <c>?</c>, or empty.</param>
/// <param name="Status">The response status; 0 when the connection was dropped.</param>
/// <param name="Body">The JSON request body, or null (multipart uploads are not kept).</param>
public sealed record LoggedRequest(string Method, string? Route, string Path, string Query, int Status, string? Body);
