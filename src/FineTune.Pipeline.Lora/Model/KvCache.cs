using static TorchSharp.torch;

namespace FineTune.Pipeline.Lora.Model;

/// <summary>Keys and values of the positions seen so far, per layer: [B, kv_heads, T, head_dim].</summary>
public sealed class KvCache : IDisposable
{
    private readonly Tensor?[] _keys;
    private readonly Tensor?[] _values;

    public KvCache(int layers)
    {
        _keys = new Tensor?[layers];
        _values = new Tensor?[layers];
    }

    /// <summary>Number of positions cached.</summary>
    public long Length => _keys[0]?.shape[2] ?? 0;

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

    public void Dispose()
    {
        foreach (var t in _keys.Concat(_values))
        {
            t?.Dispose();
        }
    }
}
