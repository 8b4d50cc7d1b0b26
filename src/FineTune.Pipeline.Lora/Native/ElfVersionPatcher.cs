using System.Buffers.Binary;
using System.Text;

namespace FineTune.Pipeline.Lora.Native;

/// <summary>
/// Edits the symbol-version tables of an ELF64 shared library in place (no size changes), so that a
/// library built against GCC 13's libstdc++ loads with GCC 12's: the version-needed entry
/// <c>GLIBCXX_3.4.32</c> is pointed at <c>GLIBCXX_3.4.30</c>, and the one symbol that needed it,
/// <c>std::ios_base_library_init()</c>, loses its version.
/// </summary>
public static class ElfVersionPatcher
{
    public const string NewVersion = "GLIBCXX_3.4.32";
    public const string OldVersion = "GLIBCXX_3.4.30";
    public const string IosInitSymbol = "_ZSt21ios_base_library_initv";

    private const uint ShtDynsym = 11;
    private const uint ShtGnuVerneed = 0x6ffffffe;
    private const uint ShtGnuVersym = 0x6fffffff;

    /// <summary>True when the library asks for <see cref="NewVersion"/> of some library.</summary>
    public static bool NeedsNewVersion(byte[] elf) => FindAux(elf, NewVersion) is not null;

    /// <summary>Returns a patched copy; throws <see cref="InvalidDataException"/> when the file is not what we expect.</summary>
    public static byte[] Patch(byte[] original)
    {
        var elf = (byte[])original.Clone();
        var target = FindAux(elf, NewVersion) ?? throw new InvalidDataException($"The library does not need {NewVersion}.");
        var replacement = FindAux(elf, OldVersion) ?? throw new InvalidDataException($"The library does not need {OldVersion}.");

        // Vernaux: vna_hash u32, vna_flags u16, vna_other u16, vna_name u32, vna_next u32.
        CopyU32(elf, replacement.Offset, target.Offset);          // vna_hash
        CopyU32(elf, replacement.Offset + 8, target.Offset + 8);  // vna_name

        var sections = Sections(elf);
        var dynsym = sections.Single(s => s.Type == ShtDynsym);
        var dynstr = sections[(int)dynsym.Link];
        var versym = sections.Single(s => s.Type == ShtGnuVersym);
        var cleared = 0;
        for (var i = 0; i < dynsym.Size / 24; i++)
        {
            var nameOffset = U32(elf, dynsym.Offset + (i * 24));
            var versionSlot = versym.Offset + (i * 2);
            if (CString(elf, dynstr.Offset + nameOffset) == IosInitSymbol && U16(elf, versionSlot) == target.Index)
            {
                BinaryPrimitives.WriteUInt16LittleEndian(elf.AsSpan((int)versionSlot), 1); // VER_NDX_GLOBAL
                cleared++;
            }
        }

        return cleared > 0 ? elf : throw new InvalidDataException($"No symbol {IosInitSymbol} carries {NewVersion}.");
    }

    private sealed record Section(uint Type, long Offset, long Size, uint Link);

    private sealed record Aux(long Offset, ushort Index);

    private static Aux? FindAux(byte[] elf, string version)
    {
        if (elf.Length < 64 || elf[0] != 0x7f || elf[1] != 'E' || elf[2] != 'L' || elf[3] != 'F' || elf[4] != 2 || elf[5] != 1)
        {
            throw new InvalidDataException("Not a little-endian ELF64 file.");
        }

        var sections = Sections(elf);
        var verneed = sections.SingleOrDefault(s => s.Type == ShtGnuVerneed);
        if (verneed is null)
        {
            return null;
        }

        var strings = sections[(int)verneed.Link];
        var need = verneed.Offset;
        while (true)
        {
            // Verneed: vn_version u16, vn_cnt u16, vn_file u32, vn_aux u32, vn_next u32.
            var aux = need + U32(elf, need + 8);
            for (var j = 0; j < U16(elf, need + 2); j++)
            {
                if (CString(elf, strings.Offset + U32(elf, aux + 8)) == version)
                {
                    return new Aux(aux, U16(elf, aux + 6));
                }

                aux += U32(elf, aux + 12);
            }

            var next = U32(elf, need + 12);
            if (next == 0)
            {
                return null;
            }

            need += next;
        }
    }

    private static List<Section> Sections(byte[] elf)
    {
        var shoff = (long)BinaryPrimitives.ReadUInt64LittleEndian(elf.AsSpan(0x28));
        var shentsize = U16(elf, 0x3a);
        var shnum = U16(elf, 0x3c);
        var list = new List<Section>(shnum);
        for (var i = 0; i < shnum; i++)
        {
            var h = shoff + (i * shentsize);
            list.Add(new Section(U32(elf, h + 4), (long)U64(elf, h + 0x18), (long)U64(elf, h + 0x20), U32(elf, h + 0x28)));
        }

        return list;
    }

    private static ushort U16(byte[] b, long at) => BinaryPrimitives.ReadUInt16LittleEndian(b.AsSpan((int)at));

    private static uint U32(byte[] b, long at) => BinaryPrimitives.ReadUInt32LittleEndian(b.AsSpan((int)at));

    private static ulong U64(byte[] b, long at) => BinaryPrimitives.ReadUInt64LittleEndian(b.AsSpan((int)at));

    private static void CopyU32(byte[] b, long from, long to) => b.AsSpan((int)from, 4).CopyTo(b.AsSpan((int)to));

    private static string CString(byte[] b, long at)
    {
        var end = Array.IndexOf(b, (byte)0, (int)at);
        return Encoding.ASCII.GetString(b, (int)at, end - (int)at);
    }
}
