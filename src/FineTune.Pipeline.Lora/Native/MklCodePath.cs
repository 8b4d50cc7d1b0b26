using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace FineTune.Pipeline.Lora.Native;

/// <summary>
/// libtorch's CPU build links Intel MKL, and MKL gives non-Intel processors its generic AVX2 kernels
/// (<c>mkl_blas_def_sgemm_kernel_0_zen</c>) whatever they support. On AMD processors with AVX-512 that halves the speed
/// of every fp32 matrix product (measured on a Zen 5 core: 106 against 250 GFLOP/s for a 2048³ product), and matrix
/// products are most of a training step. MKL decides through its exported <c>mkl_serv_intel_cpu_true()</c>; this makes
/// that function return 1 (<c>mov eax, 1; ret</c> over its first bytes, in this process's memory only) before the first
/// MKL call, so MKL picks its kernels from the processor's features as it does on Intel processors. Applied only on
/// linux-x64 AMD processors with the AVX-512 subsets MKL's AVX-512 kernels use (F, CD, BW, DQ, VL); anywhere else, when
/// the function is not found, when the code page cannot be made writable (a W^X policy), or with
/// <c>FINETUNE_MKL_CODE_PATH=default</c>, nothing changes.
/// </summary>
internal static class MklCodePath
{
    public const string Symbol = "mkl_serv_intel_cpu_true";
    private const int ProtRead = 0x1;
    private const int ProtWrite = 0x2;
    private const int ProtExec = 0x4;
    private static readonly byte[] ReturnOne = [0xB8, 0x01, 0x00, 0x00, 0x00, 0xC3];

    /// <summary>True on an AMD processor whose AVX-512 support covers MKL's AVX-512 kernels.</summary>
    public static bool Applies()
    {
        if (!X86Base.IsSupported || Environment.GetEnvironmentVariable("FINETUNE_MKL_CODE_PATH") == "default")
        {
            return false;
        }

        var (_, ebx, ecx, edx) = X86Base.CpuId(0, 0);
        var isAmd = ebx == 0x68747541 && edx == 0x69746E65 && ecx == 0x444D4163; // "AuthenticAMD"
        return isAmd && Avx512F.IsSupported && Avx512CD.IsSupported && Avx512BW.IsSupported && Avx512DQ.IsSupported && Avx512F.VL.IsSupported;
    }

    /// <summary>Loads libtorch_cpu.so from <paramref name="nativeFolder"/> and patches MKL's vendor check; returns what it did.</summary>
    public static string Enable(string nativeFolder)
    {
        if (!Applies())
        {
            return "mkl default";
        }

        var library = NativeMethods.DlOpen(Path.Combine(nativeFolder, "libtorch_cpu.so"), NativeMethods.RtldNow | NativeMethods.RtldGlobal);
        var function = library == IntPtr.Zero ? IntPtr.Zero : NativeMethods.DlSym(library, Symbol);
        if (function == IntPtr.Zero)
        {
            return "mkl default (" + Symbol + " not found)";
        }

        var pageSize = Environment.SystemPageSize;
        var page = function & ~(nint)(pageSize - 1);
        var length = (nuint)((function + ReturnOne.Length - page + pageSize - 1) / pageSize * pageSize);
        if (NativeMethods.MProtect(page, length, ProtRead | ProtWrite | ProtExec) != 0)
        {
            return "mkl default (code page not writable)";
        }

        Marshal.Copy(ReturnOne, 0, function, ReturnOne.Length);
        var sealedAgain = NativeMethods.MProtect(page, length, ProtRead | ProtExec) == 0;
        return sealedAgain ? "mkl avx-512 kernels" : "mkl avx-512 kernels (code page left writable)";
    }
}
