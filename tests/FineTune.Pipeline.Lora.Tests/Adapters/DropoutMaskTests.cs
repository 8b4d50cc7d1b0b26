using FineTune.Pipeline.Lora.Adapters;
using TorchSharp;

namespace FineTune.Pipeline.Lora.Tests.Adapters;

public sealed class DropoutMaskTests
{
    public DropoutMaskTests() => FineTune.Pipeline.Lora.Native.TorchSharpLoader.EnsureLoaded();

    [Fact]
    public void A_mask_holds_only_zero_or_the_inverse_keep_probability_and_drops_about_p()
    {
        using var mask = DropoutMask.Create([8, 256, 512], 0.05, key: 12345);

        var values = mask.data<float>().ToArray();
        Assert.All(values, v => Assert.True(v == 0f || v == (float)(1 / 0.95), $"{v} is neither 0 nor 1/(1-p)"));
        Assert.InRange(values.Count(v => v == 0f) / (double)values.Length, 0.049, 0.051);
        Assert.Equal(new long[] { 8, 256, 512 }, mask.shape);
    }

    [Fact]
    public void The_same_key_gives_the_same_mask_and_another_key_another()
    {
        using var first = DropoutMask.Create([64, 64], 0.25, key: 7);
        using var again = DropoutMask.Create([64, 64], 0.25, key: 7);
        using var other = DropoutMask.Create([64, 64], 0.25, key: 8);

        Assert.Equal(first.data<float>().ToArray(), again.data<float>().ToArray());
        Assert.NotEqual(first.data<float>().ToArray(), other.data<float>().ToArray());
    }

    [Fact]
    public void Element_i_does_not_depend_on_the_tensor_size_so_the_scalar_tail_matches_the_vector_body()
    {
        // 37 elements: 32 from the vector loop, 5 from the scalar tail; 64 elements: all 37 from the vector loop.
        using var shorter = DropoutMask.Create([37], 0.5, key: 99);
        using var longer = DropoutMask.Create([64], 0.5, key: 99);

        Assert.Equal(longer.data<float>().ToArray()[..37], shorter.data<float>().ToArray());
    }

    [Fact]
    public void Drawn_masks_repeat_with_torch_manual_seed_and_differ_between_draws()
    {
        torch.manual_seed(11);
        using var first = DropoutMask.Draw([32, 32], 0.1);
        using var second = DropoutMask.Draw([32, 32], 0.1);
        torch.manual_seed(11);
        using var again = DropoutMask.Draw([32, 32], 0.1);

        Assert.Equal(first.data<float>().ToArray(), again.data<float>().ToArray());
        Assert.NotEqual(first.data<float>().ToArray(), second.data<float>().ToArray());
    }

    [Theory]
    [InlineData(-0.1)]
    [InlineData(1.0)]
    public void A_probability_outside_zero_to_one_is_refused(double p) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => DropoutMask.Create([4], p, key: 1));
}
