using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace FineTune.Pipeline.Tokens;

/// <summary>
/// A fixed-size cache from a short pre-tokenized piece to its token count, shared by all threads without locks.
/// Each slot is one 64-byte record holding the piece's characters inline (one memory access per lookup, no
/// pointers to chase) guarded by a sequence number: a writer makes it odd while it writes, and a reader only
/// trusts what it read when the number was even and unchanged around its reads. A colliding piece replaces the
/// slot, so memory is fixed (capacity × 64 bytes); a miss is never wrong, only slower.
/// </summary>
internal sealed class PieceCountCache
{
    /// <summary>Pieces up to this many UTF-16 characters are cached; longer ones are rare.</summary>
    public const int MaxPieceLength = 26;

    private readonly Slot[] _slots;
    private readonly int _mask;

    public PieceCountCache(int capacityPowerOfTwo)
    {
        if (capacityPowerOfTwo <= 0 || (capacityPowerOfTwo & (capacityPowerOfTwo - 1)) != 0)
        {
            throw new ArgumentOutOfRangeException(nameof(capacityPowerOfTwo), capacityPowerOfTwo, "Capacity must be a power of two.");
        }

        _slots = new Slot[capacityPowerOfTwo];
        _mask = capacityPowerOfTwo - 1;
    }

    public int Capacity => _slots.Length;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGet(ReadOnlySpan<char> piece, int hash, out int count)
    {
        ref Slot slot = ref _slots[hash & _mask];
        int sequence = Volatile.Read(ref slot.Sequence);
        count = slot.Count;
        if (slot.Hash == hash && slot.Length == piece.Length && (sequence & 1) == 0
            && piece.SequenceEqual(((ReadOnlySpan<char>)slot.Chars)[..piece.Length]))
        {
            Volatile.ReadBarrier(); // the reads above complete before the sequence number is read again
            return Volatile.Read(ref slot.Sequence) == sequence;
        }

        return false;
    }

    /// <summary>Stores a piece of at most <see cref="MaxPieceLength"/> characters; gives up if another thread is writing the slot.</summary>
    public void Add(ReadOnlySpan<char> piece, int hash, int count)
    {
        ref Slot slot = ref _slots[hash & _mask];
        int sequence = Volatile.Read(ref slot.Sequence);
        if ((sequence & 1) != 0 || Interlocked.CompareExchange(ref slot.Sequence, sequence + 1, sequence) != sequence)
        {
            return;
        }

        slot.Hash = hash;
        slot.Length = (short)piece.Length;
        slot.Count = (short)count;
        piece.CopyTo(slot.Chars);
        Volatile.Write(ref slot.Sequence, sequence + 2);
    }

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

    [StructLayout(LayoutKind.Sequential)]
    private struct Slot
    {
        public int Sequence;
        public int Hash;
        public short Length;
        public short Count;
        public PieceChars Chars;
    }

    [InlineArray(MaxPieceLength)]
    private struct PieceChars
    {
        private char _first;
    }
}
