using FineTune.Pipeline.Compare;

namespace FineTune.Pipeline.Tests.Compare;

public sealed class DeltaCounterTests
{
    private static ExampleFingerprint Fp(int prompt, int answer) => new((UInt128)prompt, (UInt128)answer);

    [Fact]
    public void Same_examples_are_unchanged_whatever_their_order()
        => Assert.Equal(new DeltaCounts(0, 0, 0, 3), DeltaCounter.Count([Fp(1, 1), Fp(2, 2), Fp(3, 3)], [Fp(3, 3), Fp(1, 1), Fp(2, 2)]));

    [Fact]
    public void Added_removed_and_changed_are_told_apart()
    {
        var previous = new[] { Fp(1, 1), Fp(2, 2), Fp(3, 3) };
        var current = new[] { Fp(1, 1), Fp(2, 9), Fp(4, 4), Fp(5, 5) };

        Assert.Equal(new DeltaCounts(Added: 2, Removed: 1, Changed: 1, Unchanged: 1), DeltaCounter.Count(previous, current));
    }

    [Fact]
    public void Duplicates_count_as_a_multiset()
    {
        // Two copies before, three now: one added, two unchanged.
        Assert.Equal(new DeltaCounts(1, 0, 0, 2), DeltaCounter.Count([Fp(1, 1), Fp(1, 1)], [Fp(1, 1), Fp(1, 1), Fp(1, 1)]));
    }

    [Fact]
    public void An_identical_copy_is_matched_before_a_changed_one()
    {
        // The prompt appears twice before (answers 1 and 2); now answers 2 and 3: 2 is unchanged, 1 -> 3 is a change.
        Assert.Equal(new DeltaCounts(0, 0, 1, 1), DeltaCounter.Count([Fp(1, 1), Fp(1, 2)], [Fp(1, 3), Fp(1, 2)]));
    }

    [Fact]
    public void Everything_is_added_when_the_file_did_not_exist()
        => Assert.Equal(new DeltaCounts(2, 0, 0, 0), DeltaCounter.Count([], [Fp(1, 1), Fp(2, 2)]));
}
