using FineTune.Pipeline.Lora.Native;

namespace FineTune.Pipeline.Lora.Tests.Native;

public sealed class ElfVersionPatcherTests
{
    private static byte[] Original()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "runtimes", "linux-x64", "native", "libLibTorchSharp.so");
        return File.ReadAllBytes(path);
    }

    [Fact]
    public void Shipped_library_needs_glibcxx_3_4_32_and_the_patched_copy_does_not()
    {
        var original = Original();

        var patched = ElfVersionPatcher.Patch(original);

        Assert.True(ElfVersionPatcher.NeedsNewVersion(original));
        Assert.False(ElfVersionPatcher.NeedsNewVersion(patched));
        Assert.Equal(original.Length, patched.Length);
    }

    [Fact]
    public void Patch_changes_only_the_version_entry_and_the_symbol_versions()
    {
        var original = Original();

        var patched = ElfVersionPatcher.Patch(original);

        var changed = Enumerable.Range(0, original.Length).Count(i => original[i] != patched[i]);
        Assert.InRange(changed, 2, 12); // hash and name of one vernaux entry, one or two 2-byte versym slots
    }

    [Fact]
    public void Patching_a_file_that_is_not_elf_is_a_clear_error()
    {
        var error = Assert.Throws<InvalidDataException>(() => ElfVersionPatcher.Patch(new byte[100]));
        Assert.Contains("ELF64", error.Message, StringComparison.Ordinal);
    }
}
