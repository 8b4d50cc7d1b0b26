using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace FineTune.Pipeline.Tokens;

/// <summary>
/// A fixed-size, lock-free cache from a pre-tokenized piece to its token count, shared by all threads.
/// Each slot holds one immutable entry; a colliding piece simply replaces it, so memory stays bounded
/// (capacity × one short string) and a reader sees either a whole entry or none. Only pieces of at most
/// <see cref="MaxPieceLength"/> characters are cached; a miss is never wrong, only slower.
/// </summary>
internal sealed class PieceCountCache
{
    /// <summary>Longer pieces are rare and cost more to hash and compare than they save.</summary>
    public const int MaxPieceLength = 32;

    private readonly Entry?[] _slots;
    private readonly int _mask;

    public PieceCountCache(int capacityPowerOfTwo)
    {
        if (capacityPowerOfTwo <= 0 || (capacityPowerOfTwo & (capacityPowerOfTwo - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(capacityPowerOfTwo), capacityPowerOfTwo, "Capacity must be a power of two.");
        }

        _slots = new Entry?[capacityPowerOfTwo];
        _mask = capacityPowerOfTwo - 1;
    }

    public int Capacity => _slots.Length;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGet(ReadOnlySpan<char> piece, int hash, out int count)
    {
        Entry? entry = Volatile.Read(ref _slots[hash & _mask]);
        if (entry is not null && entry.Hash == hash && piece.SequenceEqual(entry.Piece))
        {
            count = entry.Count;
            return true;
        }

        count = 0;
        return false;
    }

    public void Add(ReadOnlySpan<char> piece, int hash, int count) =>
        Volatile.Write(ref _slots[hash & _mask], new Entry(piece.ToString(), hash, count));

    /// <summary>A fast, non-cryptographic hash of a short piece (collisions only cost a cache miss).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Hash(ReadOnlySpan<char> piece)
    {
        ulong hash = 0x9E3779B97F4A7C15UL ^ (ulong)piece.Length;
        ReadOnlySpan<byte> bytes = MemoryMarshal.AsBytes(piece);
        while (bytes.Length >= 8)
        {
            hash = (hash ^ MemoryMarshal.Read<ulong>(bytes)) * 0xFF51AFD7ED558CCDUL;
            hash ^= hash >> 29;
            bytes = bytes[8..];
        }

        if (bytes.Length >= 4)
        {
            hash = (hash ^ MemoryMarshal.Read<uint>(bytes)) * 0xC4CEB9FE1A85EC53UL;
            bytes = bytes[4..];
        }

        if (bytes.Length >= 2)
        {
            hash = (hash ^ MemoryMarshal.Read<ushort>(bytes)) * 0xFF51AFD7ED558CCDUL;
        }

        hash = (hash ^ (hash >> 33)) * 0xC4CEB9FE1A85EC53UL;
        return (int)(hash ^ (hash >> 33));
    }

    private sealed class Entry(string piece, int hash, int count)
    {
        public string Piece { get; } = piece;

        public int Hash { get; } = hash;

        public int Count { get; } = count;
    }
}
