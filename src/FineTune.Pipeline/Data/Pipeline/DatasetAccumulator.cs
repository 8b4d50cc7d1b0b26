using System.Security.Cryptography;
using FineTune.Pipeline.Data.Rules.Dataset;
using FineTune.Pipeline.Data.Statistics;

namespace FineTune.Pipeline.Data.Pipeline;

/// <summary>
/// The ordered stage for one dataset: feeds each example to the cross-example rules in file order, indexes its
/// fingerprints and adds it to the statistics. For a split eval set it also hashes the eval lines.
/// </summary>
internal sealed class DatasetAccumulator : IDisposable
{
    private static readonly byte[] NewLine = "\n"u8.ToArray();

    private readonly IDatasetRule[] _rules = [.. DatasetRules.Create()];
    private readonly SystemPromptDriftRule _drift;
    private readonly DatasetStatistics _statistics;
    private readonly IncrementalHash? _lineHash;

    public DatasetAccumulator(DatasetScope scope, int tokenLimit, bool hashLines)
    {
        Scope = scope;
        _statistics = new DatasetStatistics(tokenLimit);
        _drift = _rules.OfType<SystemPromptDriftRule>().Single();
        _lineHash = hashLines ? IncrementalHash.CreateHash(HashAlgorithmName.SHA256) : null;
    }

    public DatasetScope Scope { get; }

    public int Examples => _statistics.Examples;

    public void AddExample(in LineOutcome example, ReadOnlySpan<byte> line)
    {
        foreach (var rule in _rules)
        {
            rule.Observe(example, Scope);
        }

        var index = Scope.Index;
        index.Exact.TryAdd(FingerprintIndex.Key(example.Fingerprints.Exact), example.Line);
        index.Normalized.TryAdd(FingerprintIndex.Key(example.Fingerprints.Normalized), example.Line);
        if (!Scope.IsEval && example.Fingerprints.Prompt != UInt128.Zero)
        {
            index.Prompt.TryAdd(FingerprintIndex.Key(example.Fingerprints.Prompt), example.Line);
        }

        Scope.Examples++;
        _statistics.AddExample(example.Tokens, example.Messages, example.AssistantTokens);
        if (_lineHash is not null)
        {
            _lineHash.AppendData(line);
            _lineHash.AppendData(NewLine);
        }
    }

    public void AddInvalid() => _statistics.AddInvalid();

    /// <summary>Runs the rules' end-of-dataset checks (unless the file could not be read) and builds the summary.</summary>
    public DatasetSummary Complete(DatasetSummary identity, bool fileRead = true)
    {
        ArgumentNullException.ThrowIfNull(identity);
        if (fileRead)
        {
            foreach (var rule in _rules)
            {
                rule.Complete(Scope);
            }
        }

        if (_lineHash is not null)
        {
            identity = identity with { Sha256 = Convert.ToHexStringLower(_lineHash.GetHashAndReset()) };
        }

        return _statistics.ToSummary(identity, _drift.Variants);
    }

    public void Dispose() => _lineHash?.Dispose();
}
