namespace FineTune.Pipeline.Training;

/// <summary>A data file to upload, and where its lines come from.</summary>
/// <param name="Path">Absolute path of the file as it will be uploaded.</param>
/// <param name="Display">The file to name in messages and diagnostics, relative to finetune.yaml's folder.</param>
/// <param name="SourceLines">
/// When <paramref name="Path"/> was derived from <paramref name="Display"/> (the training part of a split),
/// <c>SourceLines[i]</c> is the line of <paramref name="Display"/> that line <c>i + 1</c> of <paramref name="Path"/>
/// came from; null when the two are the same file.
/// </param>
public sealed record TrainingInput(string Path, string Display, IReadOnlyList<int>? SourceLines = null)
{
    /// <summary>The line of <see cref="Display"/> that holds line <paramref name="line"/> of the uploaded file.</summary>
    public int SourceLine(int line) => SourceLines is { } map && line >= 1 && line <= map.Count ? map[line - 1] : line;
}
