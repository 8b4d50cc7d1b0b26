using System.Runtime.InteropServices;

namespace FineTune.Pipeline.Lora.Native;

/// <summary>The few libc dynamic-loader calls the TorchSharp loader needs (glibc 2.34+ has them in libc.so.6).</summary>
internal static partial class NativeMethods
{
    public const int RtldNow = 0x2;
    public const int RtldGlobal = 0x100;

    [LibraryImport("libc.so.6", EntryPoint = "dlopen", StringMarshalling = StringMarshalling.Utf8)]
    public static partial IntPtr DlOpen(string? file, int mode);

    [LibraryImport("libc.so.6", EntryPoint = "dlvsym", StringMarshalling = StringMarshalling.Utf8)]
    public static partial IntPtr DlVSym(IntPtr handle, string name, string version);

    [LibraryImport("libc.so.6", EntryPoint = "dlerror")]
    public static partial IntPtr DlError();

    public static string LastError() => Marshal.PtrToStringUTF8(DlError()) ?? "unknown dlopen error";
}
