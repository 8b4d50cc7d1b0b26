using System.Buffers;
using Microsoft.ML.Tokenizers;

namespace FineTune.Pipeline.Tokens;

/// <summary>
/// Exact tiktoken counts with a fast path: a hand-written pre-tokenizer (<typeparamref name="TPreTokenizer"/>)
/// cuts the text into the same pieces as tiktoken's regex, a shared bounded cache answers pieces seen before,
/// and Microsoft.ML.Tokenizers byte-pair-encodes the rest (one piece at a time, without its own pre-tokenizer,
/// so special-token strings stay ordinary text).
/// </summary>
internal sealed class TiktokenCounter<TPreTokenizer> : ITokenCounter
    where TPreTokenizer : IPreTokenizer
{
    /// <summary>65,536 slots: a few MB at most, enough for the working set of piece types of a dataset.</summary>
    private const int CacheCapacity = 1 << 16;

    private readonly TiktokenTokenizer _tokenizer;
    private readonly PieceCountCache _cache = new(CacheCapacity);
    private readonly string[] _specialTokens;

    public TiktokenCounter(string encoding, TiktokenTokenizer tokenizer)
    {
        Encoding = encoding;
        _tokenizer = tokenizer;
        _specialTokens = (tokenizer.SpecialTokens ?? new Dictionary<string, int>())
            .OrderBy(pair => pair.Value)
            .Select(pair => pair.Key)
            .ToArray();
    }

    public string Encoding { get; }

    public IReadOnlyList<string> SpecialTokens => _specialTokens;

    public int CountTokens(ReadOnlySpan<char> text)
    {
        if (text.ContainsAnyInRange('\uD800', '\uDFFF') && HasLoneSurrogate(text))
        {
            return CountWithReplacedSurrogates(text);
        }

        int count = 0;
        int start = 0;
        while (start < text.Length)
        {
            int end = TPreTokenizer.NextPieceEnd(text, start);
            count += CountPiece(text[start..end]);
            start = end;
        }

        return count;
    }

    public int FindSpecialToken(ReadOnlySpan<char> text, out string? token)
    {
        int offset = 0;
        while (true)
        {
            int index = text[offset..].IndexOf("<|", StringComparison.Ordinal);
            if (index < 0)
            {
                token = null;
                return -1;
            }

            ReadOnlySpan<char> candidate = text[(offset + index)..];
            foreach (string special in _specialTokens)
            {
                if (candidate.StartsWith(special, StringComparison.Ordinal))
                {
                    token = special;
                    return offset + index;
                }
            }

            offset += index + 1;
        }
    }

    /// <summary>The token count of one piece, exactly as tiktoken's byte-pair encoding gives it.</summary>
    internal int CountPiece(ReadOnlySpan<char> piece)
    {
        if (piece.Length == 1 && piece[0] < 0x80)
        {
            return 1; // every single byte is a token in both vocabularies
        }

        if (piece.Length > PieceCountCache.MaxPieceLength)
        {
            return Encode(piece);
        }

        int hash = PieceCountCache.Hash(piece);
        if (_cache.TryGet(piece, hash, out int count))
        {
            return count;
        }

        count = Encode(piece);
        _cache.Add(piece, hash, count);
        return count;
    }

    private int Encode(ReadOnlySpan<char> piece) =>
        _tokenizer.CountTokens(piece, considerPreTokenization: false, considerNormalization: false);

    private static bool HasLoneSurrogate(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>tiktoken sees text as UTF-8, where a lone surrogate becomes U+FFFD; count that text instead.</summary>
    private int CountWithReplacedSurrogates(ReadOnlySpan<char> text)
    {
        char[] buffer = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            text.CopyTo(buffer);
            Span<char> copy = buffer.AsSpan(0, text.Length);
            for (int i = 0; i < copy.Length; i++)
            {
                if (char.IsHighSurrogate(copy[i]) && i + 1 < copy.Length && char.IsLowSurrogate(copy[i + 1]))
                {
                    i++;
                }
                else if (char.IsSurrogate(copy[i]))
                {
                    copy[i] = '\uFFFD';
                }
            }

            return CountTokens(copy);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
