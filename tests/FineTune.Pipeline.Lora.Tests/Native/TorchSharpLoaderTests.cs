using FineTune.Pipeline.Lora.Native;
using TorchSharp;

namespace FineTune.Pipeline.Lora.Tests.Native;

public sealed class TorchSharpLoaderTests
{
    [Fact]
    public void Torch_loads_and_multiplies_matrices()
    {
        TorchSharpLoader.EnsureLoaded();

        using var a = torch.tensor(new float[] { 1, 2, 3, 4 }, [2, 2]);
        using var b = torch.tensor(new float[] { 5, 6, 7, 8 }, [2, 2]);
        using var c = a.matmul(b);

        Assert.Equal(new float[] { 19, 22, 43, 50 }, c.data<float>().ToArray());
    }

    [Fact]
    public void Loader_patches_exactly_when_the_system_libstdcxx_is_older_than_gcc_13()
    {
        TorchSharpLoader.EnsureLoaded();

        var expectPatch = OperatingSystem.IsLinux() && TorchSharpLoader.SystemLibStdCxxIsOld();
        Assert.Equal(expectPatch, TorchSharpLoader.State.StartsWith("patched", StringComparison.Ordinal));
    }
}
