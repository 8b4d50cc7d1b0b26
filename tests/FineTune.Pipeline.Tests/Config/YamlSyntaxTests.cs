using FineTune.Pipeline.Config;

namespace FineTune.Pipeline.Tests.Config;

public sealed class YamlSyntaxTests : IDisposable
{
    private readonly TempProject _project = new();

    public void Dispose() => _project.Dispose();

    [Fact]
    public void A_tab_in_the_indentation_is_an_error_at_the_tab()
    {
        var result = _project.Load("version: 1\ndata:\n\ttrain: data/train.jsonl\n");

        var d = ConfigAssert.Single(result, ConfigCodes.TabIndentation, 3, 1);
        ConfigAssert.Contains("spaces", d);
        Assert.Null(result.Config);
    }

    [Fact]
    public void Every_tab_indented_line_is_reported_at_once()
    {
        var result = _project.Load("data:\n  \ttrain: a\ntrain:\n\tprovider: openai\n");

        Assert.Equal([(2, 3), (4, 1)], result.Diagnostics.Select(d => (d.Line, d.Column)));
        Assert.All(result.Diagnostics, d => Assert.Equal(ConfigCodes.TabIndentation, d.Code));
    }

    [Fact]
    public void A_tab_before_a_comment_is_fine()
    {
        ConfigAssert.Clean(_project.Load("version: 1\t# the format\n"));
    }

    [Fact]
    public void An_unclosed_double_quote_points_at_the_opening_quote()
    {
        var result = _project.Load("version: 1\ntrain:\n  suffix: \"support-bot\n  epochs: 3\n");

        var d = ConfigAssert.Single(result, ConfigCodes.UnclosedQuote, 3, 11);
        ConfigAssert.Contains("closing \"", d);
    }

    [Fact]
    public void An_unclosed_single_quote_points_at_the_opening_quote()
    {
        var result = _project.Load("train:\n  suffix: 'bot\n");

        var d = ConfigAssert.Single(result, ConfigCodes.UnclosedQuote, 2, 11);
        ConfigAssert.Contains("closing '", d);
    }

    [Fact]
    public void A_key_indented_under_a_scalar_is_a_syntax_error_on_that_key()
    {
        var result = _project.Load("version: 1\n  data: x\n");

        var d = ConfigAssert.Single(result, ConfigCodes.YamlSyntax, 2, 3);
        ConfigAssert.Contains("indented deeper", d);
    }

    [Fact]
    public void A_line_that_falls_out_of_its_block_is_a_syntax_error_on_that_line()
    {
        var result = _project.Load("train:\n    provider: openai\n  epochs: 3\n");

        var d = ConfigAssert.Single(result, ConfigCodes.YamlSyntax, 3, 3);
        ConfigAssert.Contains("same column", d);
    }

    [Fact]
    public void An_unclosed_flow_list_says_which_bracket_is_missing()
    {
        var d = ConfigAssert.Single(_project.Load("train:\n  lora:\n    target_modules: [q_proj, v_proj\n"), ConfigCodes.YamlSyntax, 4, 1);

        ConfigAssert.Contains("`]`", d);
    }

    [Fact]
    public void An_alias_without_anchor_is_reported_at_the_alias()
    {
        var d = ConfigAssert.Single(_project.Load("train:\n  base_model: *base\n"), ConfigCodes.YamlSyntax, 2, 15);

        ConfigAssert.Contains("`*base`", d);
    }

    [Fact]
    public void Anchors_and_aliases_are_followed()
    {
        var result = _project.Load("train:\n  base_model: &m gpt-4o-mini\nevaluate:\n  baseline: *m\n");

        ConfigAssert.Clean(result);
        Assert.Equal("gpt-4o-mini", result.Config!.Evaluate.Baseline);
    }

    [Fact]
    public void An_empty_file_is_an_error_for_the_whole_file()
    {
        var d = ConfigAssert.Single(_project.Load(string.Empty), ConfigCodes.EmptyFile, 0, 0);

        ConfigAssert.Contains("version: 1", d);
    }

    [Fact]
    public void A_file_of_comments_only_is_empty()
    {
        ConfigAssert.Single(_project.Load("# yaml-language-server: $schema=./finetune.schema.json\n# nothing yet\n"), ConfigCodes.EmptyFile, 0, 0);
    }

    [Fact]
    public void A_list_at_the_top_level_is_not_a_configuration()
    {
        var result = _project.Load("- data/train.jsonl\n- gpt-4o-mini\n");

        var d = ConfigAssert.Single(result, ConfigCodes.NotAMapping, 1, 1);
        ConfigAssert.Contains("it is a list", d);
        Assert.Null(result.Config);
    }

    [Fact]
    public void A_scalar_at_the_top_level_is_not_a_configuration()
    {
        var d = ConfigAssert.Single(_project.Load("train.jsonl\n"), ConfigCodes.NotAMapping, 1, 1);

        ConfigAssert.Contains("`train.jsonl`", d);
    }

    [Fact]
    public void A_second_document_is_an_error_at_its_separator()
    {
        ConfigAssert.Single(_project.Load("version: 1\n---\nversion: 1\n"), ConfigCodes.MultipleDocuments, 2, 1);
    }

    [Fact]
    public void A_duplicate_key_is_reported_at_the_second_one_naming_the_first_line()
    {
        var result = _project.Load("train:\n  epochs: 3\ndata:\n  train: data/train.jsonl\ntrain:\n  epochs: 4\n");

        var d = ConfigAssert.Single(result, ConfigCodes.DuplicateKey, 5, 1);
        ConfigAssert.Contains("line 1", d);
        Assert.Equal(3, result.Config!.Train.Epochs);
    }

    [Fact]
    public void Duplicate_keys_are_all_reported_along_with_other_mistakes()
    {
        var result = _project.Load("train:\n  epochs: 3\n  epochs: 4\n  seed: 1\n  seed: 2\n  suffx: x\n");

        Assert.Equal(2, result.Diagnostics.Count(d => d.Code == ConfigCodes.DuplicateKey));
        ConfigAssert.Single(result, ConfigCodes.UnknownKey, 6, 3);
    }

    [Fact]
    public void Columns_count_characters_not_utf16_units()
    {
        var d = ConfigAssert.Single(_project.Load("description: \"😀\"\ntrain:\n  epochs: 😀x\n"), ConfigCodes.WrongType, 3, 11);

        Assert.Equal(3, d.Line);
    }

    [Fact]
    public void Crlf_line_ends_count_as_one_line_break()
    {
        ConfigAssert.Single(_project.Load("version: 1\r\ntrain:\r\n  epochs: many\r\n"), ConfigCodes.WrongType, 3, 11);
    }
}
