using static TorchSharp.torch;

namespace FineTune.Pipeline.Lora.Model;

/// <summary>
/// Keys and values of the positions seen so far, per layer: [B, kv_heads, S, head_dim]. For a batch of prompts of
/// different lengths, rows are left-padded: <see cref="LeftPadding"/> says how many leading positions of each row are
/// padding, which the attention mask hides and the positions skip (a row's first real token is at position 0).
/// </summary>
public sealed class KvCache : IDisposable
{
    private readonly Tensor?[] _keys;
    private readonly Tensor?[] _values;
    private long[]? _padding;

    public KvCache(int layers, IReadOnlyList<long>? leftPadding = null)
    {
        _keys = new Tensor?[layers];
        _values = new Tensor?[layers];
        _padding = leftPadding is not null && leftPadding.Any(p => p > 0) ? [.. leftPadding] : null;
    }

    /// <summary>Number of positions cached (padding included).</summary>
    public long Length => _keys[0]?.shape[2] ?? 0;

    /// <summary>Leading padding positions per row; null when no row is padded.</summary>
    public IReadOnlyList<long>? LeftPadding => _padding;

    /// <summary>Appends this step's keys/values for one layer and returns the whole history (owned by the cache).</summary>
    public (Tensor Keys, Tensor Values) Append(int layer, Tensor keys, Tensor values)
    {
        var k = _keys[layer] is { } oldK ? cat([oldK, keys], dim: 2) : keys.alias();
        var v = _values[layer] is { } oldV ? cat([oldV, values], dim: 2) : values.alias();
        _keys[layer]?.Dispose();
        _values[layer]?.Dispose();
        k.DetachFromDisposeScope();
        v.DetachFromDisposeScope();
        _keys[layer] = k;
        _values[layer] = v;
        return (k, v);
    }

    /// <summary>Keeps only the given rows (in this order), e.g. when the other rows of a batch have finished.</summary>
    public void Keep(IReadOnlyList<long> rows)
    {
        using var index = tensor(rows.ToArray());
        for (var layer = 0; layer < _keys.Length; layer++)
        {
            if (_keys[layer] is { } k && _values[layer] is { } v)
            {
                using var i = index.to(k.device);
                _keys[layer] = k.index_select(0, i).DetachFromDisposeScope();
                _values[layer] = v.index_select(0, i).DetachFromDisposeScope();
                k.Dispose();
                v.Dispose();
            }
        }

        _padding = _padding is null ? null : [.. rows.Select(r => _padding[r])];
    }

    /// <summary>Positions [B, T] of <paramref name="count"/> new tokens per row (padding skipped); null when no row is padded.</summary>
    internal Tensor? Positions(long count, Device device)
    {
        if (_padding is null)
        {
            return null;
        }

        using var padding = tensor(_padding, device: device).unsqueeze(1);               // [B, 1]
        using var steps = arange(Length, Length + count, device: device).unsqueeze(0);    // [1, T]
        return (steps - padding).clamp_min(0);                                            // [B, T]
    }

    /// <summary>
    /// Attention mask [B, 1, T, S] for <paramref name="count"/> new queries (true = attend): causal, and padding keys hidden.
    /// A padding query still sees itself, so no softmax row is empty (which would put NaN into later layers). Null when no row is padded.
    /// </summary>
    internal Tensor? Mask(long count, Device device)
    {
        if (_padding is null)
        {
            return null;
        }

        var total = Length + count;
        using var keys = arange(total, device: device);                                   // [S]
        using var queries = arange(Length, total, device: device).unsqueeze(1);            // [T, 1]
        using var causal = keys.le(queries);                                               // [T, S]
        using var self = keys.eq(queries);                                                 // [T, S]
        using var padding = tensor(_padding, device: device).unsqueeze(1);                 // [B, 1]
        using var real = keys.unsqueeze(0).ge(padding).unsqueeze(1);                       // [B, 1, S]
        using var visible = real.logical_or(self.unsqueeze(0));                             // [B, T, S]
        return visible.logical_and(causal.unsqueeze(0)).unsqueeze(1);                      // [B, 1, T, S]
    }

    public void Dispose()
    {
        foreach (var t in _keys.Concat(_values))
        {
            t?.Dispose();
        }
    }
}
