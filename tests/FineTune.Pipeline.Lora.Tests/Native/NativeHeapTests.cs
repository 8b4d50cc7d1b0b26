using System.Runtime.InteropServices;
using FineTune.Pipeline.Lora.Native;

namespace FineTune.Pipeline.Lora.Tests.Native;

/// <summary>Free pages the C heap keeps after a burst of allocations go back to the system once growth passes the slack, and not before.</summary>
public sealed class NativeHeapTests
{
    private const int Chunk = 64 << 10; // below glibc's mmap threshold: served from the heap
    private const int Chunks = 3200;    // 200 MiB

    [Fact]
    public void Freed_heap_pages_held_below_a_live_block_are_returned_once_growth_passes_the_slack()
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // malloc_trim is glibc's; elsewhere NativeHeap does nothing
        }

        var heap = new NativeHeap(slack: 64L << 20);
        Assert.False(heap.TrimIfGrown());

        var start = NativeHeap.CurrentResident();
        var ones = Enumerable.Repeat((byte)1, Chunk).ToArray();
        var blocks = new IntPtr[Chunks];
        for (var i = 0; i < Chunks; i++)
        {
            blocks[i] = Marshal.AllocHGlobal(Chunk);
            Marshal.Copy(ones, 0, blocks[i], Chunk); // touched: resident
        }

        var peak = NativeHeap.CurrentResident();
        var pin = Marshal.AllocHGlobal(Chunk); // carved from the top, above the blocks: keeps the heap from shrinking on free
        foreach (var block in blocks)
        {
            Marshal.FreeHGlobal(block);
        }

        var held = NativeHeap.CurrentResident();
        try
        {
            Assert.True(heap.TrimIfGrown(), $"200 MiB of free heap pages is more than the 64 MiB slack (resident {start >> 20} MiB before, {peak >> 20} MiB with the blocks, {held >> 20} MiB after freeing them)");
            var after = NativeHeap.CurrentResident();
            Assert.True(held - after > 100L << 20, $"resident memory went from {held >> 20} to {after >> 20} MiB");
            Assert.Equal(1, heap.Trims);
            Assert.False(heap.TrimIfGrown());
        }
        finally
        {
            Marshal.FreeHGlobal(pin);
        }
    }
}
