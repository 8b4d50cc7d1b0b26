using System.Runtime.InteropServices;
using FineTune.Pipeline.Lora.Native;
using TorchSharp;

namespace FineTune.Pipeline.Lora.Tests.Native;

public sealed class MklCodePathTests
{
    [Fact]
    public void Mkl_avx512_kernels_are_enabled_exactly_on_linux_x64_amd_processors_with_avx512()
    {
        TorchSharpLoader.EnsureLoaded();

        var expected = OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture == Architecture.X64 && MklCodePath.Applies();
        Assert.Equal(expected, TorchSharpLoader.MklState == "mkl avx-512 kernels");
    }

    [Fact]
    public void Matrix_products_agree_with_a_double_precision_product_whichever_kernels_run()
    {
        TorchSharpLoader.EnsureLoaded();
        torch.manual_seed(4);
        using var a = torch.randn(257, 300);
        using var b = torch.randn(300, 129);
        using var product = a.matmul(b);
        using var expected = a.to(torch.float64).matmul(b.to(torch.float64));
        using var transposed = torch.nn.functional.linear(a, b.t().contiguous());

        Assert.True(product.to(torch.float64).allclose(expected, rtol: 1e-4, atol: 1e-4), TorchSharpLoader.MklState);
        Assert.True(transposed.to(torch.float64).allclose(expected, rtol: 1e-4, atol: 1e-4), TorchSharpLoader.MklState);
    }

    [Fact]
    public void Setting_finetune_mkl_code_path_to_default_opts_out()
    {
        var before = Environment.GetEnvironmentVariable("FINETUNE_MKL_CODE_PATH");
        try
        {
            Environment.SetEnvironmentVariable("FINETUNE_MKL_CODE_PATH", "default");
            Assert.False(MklCodePath.Applies());
        }
        finally
        {
            Environment.SetEnvironmentVariable("FINETUNE_MKL_CODE_PATH", before);
        }
    }
}
