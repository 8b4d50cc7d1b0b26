using FineTune.Pipeline.Generation.Output;
using FineTune.Pipeline.Generation.Prompts;
using FineTune.Pipeline.Generation.Provenance;

namespace FineTune.Pipeline.Generation;

/// <summary>
/// What a run must do, decided from the prompts, the output as found and its provenance, before any request:
/// which prompts are answered already (reused), which must be asked (missing, changed, or with an incomplete
/// set of answers), and which output lines must go (answers to a changed prompt, an incomplete set, pruned
/// lines). An answer line names its prompt by the prompt's hash, so the output alone says what is answered;
/// the provenance adds what the output cannot say (a prompt whose answers were all filtered out, the old hash
/// of a changed prompt).
/// </summary>
public sealed record GenerationPlan
{
    public required IReadOnlyList<GenerationPrompt> ToGenerate { get; init; }

    /// <summary>Prompts whose answers are in the output already, with their (possibly recovered) entries.</summary>
    public required IReadOnlyDictionary<string, ProvenanceEntry> Reused { get; init; }

    /// <summary>Entries of prompts no longer in the prompts file whose lines stay (no <c>prune</c>).</summary>
    public required IReadOnlyDictionary<string, ProvenanceEntry> Retired { get; init; }

    /// <summary>Indexes (into the scan's lines) of the lines to remove before generating.</summary>
    public required IReadOnlySet<int> RemoveLines { get; init; }

    /// <summary>Ids whose prompt changed since their answers were written (old answers are removed).</summary>
    public required IReadOnlyList<string> Changed { get; init; }

    /// <summary>Lines that answer no current prompt: kept, or removed with <c>prune</c>.</summary>
    public required int OrphanLines { get; init; }

    /// <summary>Reused prompts answered by another teacher or other settings.</summary>
    public required int OtherSettings { get; init; }

    public static GenerationPlan Make(IReadOnlyList<GenerationPrompt> prompts, OutputScan output, ProvenanceDocument? provenance, GenerateRules rules)
    {
        ArgumentNullException.ThrowIfNull(prompts);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(rules);
        var entries = provenance?.Entries ?? new Dictionary<string, ProvenanceEntry>(StringComparer.Ordinal);
        var linesByHash = output.Lines.Select((line, index) => (line, index)).Where(p => p.line.PromptHash is not null)
            .GroupBy(p => p.line.PromptHash!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(p => p.index).ToList(), StringComparer.Ordinal);
        var current = prompts.Select(p => p.Hash).ToHashSet(StringComparer.Ordinal);
        var remove = new HashSet<int>();
        var toGenerate = new List<GenerationPrompt>();
        var reused = new Dictionary<string, ProvenanceEntry>(StringComparer.Ordinal);
        var changed = new List<string>();
        var otherSettings = 0;

        foreach (var prompt in prompts)
        {
            var lines = linesByHash.GetValueOrDefault(prompt.Hash) ?? [];
            var entry = entries.GetValueOrDefault(prompt.Id);
            if (entry is not null && entry.PromptSha256 != prompt.Hash)
            {
                // Changed prompt: its old answers go unless another current prompt has that text now.
                changed.Add(prompt.Id);
                if (!current.Contains(entry.PromptSha256))
                {
                    remove.UnionWith(linesByHash.GetValueOrDefault(entry.PromptSha256) ?? []);
                }

                entry = null;
            }

            if (entry is not null ? lines.Count == entry.Lines : rules.IsComplete(lines.Count))
            {
                entry ??= new ProvenanceEntry(prompt.Hash, lines.Count, null, null, []);
                otherSettings += entry.Fingerprint is { } f && f != rules.Fingerprint ? 1 : 0;
                reused[prompt.Id] = entry;
                continue;
            }

            remove.UnionWith(lines);
            toGenerate.Add(prompt);
        }

        var orphans = output.Lines.Select((line, index) => (line, index))
            .Where(p => !remove.Contains(p.index) && (p.line.PromptHash is null || !current.Contains(p.line.PromptHash)))
            .Select(p => p.index).ToList();
        if (rules.Prune)
        {
            remove.UnionWith(orphans);
        }

        var ids = prompts.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var retired = rules.Prune ? [] : entries.Where(e => !ids.Contains(e.Key)).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
        return new GenerationPlan
        {
            ToGenerate = toGenerate,
            Reused = reused,
            Retired = retired,
            RemoveLines = remove,
            Changed = changed,
            OrphanLines = orphans.Count,
            OtherSettings = otherSettings,
        };
    }
}
