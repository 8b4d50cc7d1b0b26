using FineTune.Pipeline.Data.Model;
using FineTune.Pipeline.Tokens;

namespace FineTune.Pipeline.Data.Counting;

/// <summary>
/// The cookbook's chat formula, exact and crash-free: per message 3 tokens plus the tokens of its role, content
/// (a string, or the text of each text part), tool_call_id and tool calls, plus 1 and the name's tokens for a
/// name; 3 more to prime the reply; plus the tool definitions. Values that are not strings count nothing.
/// For a self-hosted model with its tokenizer at hand, <see cref="TemplateExampleCounter"/> then sets the example's
/// totals as training encodes it (messages keep their formula counts, which the per-message rules read).
/// </summary>
internal sealed class ExampleTokenCounter
{
    private readonly ITokenCounter _counter;
    private readonly int[] _roleTokens;
    private readonly TemplateExampleCounter? _template;

    public ExampleTokenCounter(ITokenCounter counter, TemplateExampleCounter? template = null)
    {
        _counter = counter ?? throw new ArgumentNullException(nameof(counter));
        _template = template;
        _roleTokens = new int[(int)MessageRole.Other];
        for (var role = MessageRole.System; role < MessageRole.Other; role++)
        {
            _roleTokens[(int)role] = counter.CountTokens(role.Name());
        }
    }

    public ITokenCounter Counter => _counter;

    /// <summary>Fills the token fields of every message and of the example; <paramref name="toolTokens"/> comes from the tool definitions.</summary>
    public void Count(ChatExample example, int toolTokens)
    {
        ArgumentNullException.ThrowIfNull(example);
        var total = ChatTokenFormula.ReplyPrimingTokens + toolTokens;
        var assistant = 0;
        foreach (var (_, list) in example.MessageLists)
        {
            for (var i = 0; i < list.Count; i++)
            {
                var message = list[i];
                CountMessage(example, message);
                total += message.Tokens;
                if (message.IsTrainedAssistant)
                {
                    assistant += message.Tokens - ChatTokenFormula.TokensPerMessage - RoleTokens(example, message);
                }
            }
        }

        example.ToolTokens = toolTokens;
        example.Tokens = total;
        example.AssistantTokens = assistant;
        _template?.Count(example);
    }

    private void CountMessage(ChatExample example, ChatMessage message)
    {
        var content = 0;
        foreach (var text in new MessageTexts(message))
        {
            content += _counter.CountTokens(example[text]);
        }

        var tokens = ChatTokenFormula.TokensPerMessage + RoleTokens(example, message) + content;
        if (message.NameKind == FieldKind.String)
        {
            tokens += ChatTokenFormula.TokensPerName + _counter.CountTokens(example[message.Name]);
        }

        if (message.ToolCallIdKind == FieldKind.String)
        {
            tokens += _counter.CountTokens(example[message.ToolCallId]);
        }

        for (var c = 0; c < message.ToolCalls.Count; c++)
        {
            tokens += CountCall(example, message.ToolCalls[c]);
        }

        if (message.FunctionCallKind != FieldKind.Absent)
        {
            tokens += CountCall(example, message.FunctionCall);
        }

        message.ContentTokens = content;
        message.Tokens = tokens;
    }

    /// <summary>A tool call (or legacy function_call) by <see cref="ChatTokenFormula.CountToolCall"/>; a non-string value counts as its JSON text there, as nothing here.</summary>
    private int CountCall(ChatExample example, ToolCall call)
        => call.FunctionKind == FieldKind.Object
            ? ChatTokenFormula.CountToolCall(new string(example[call.Name]), new string(example[call.Arguments]), _counter)
            : 0;

    private int RoleTokens(ChatExample example, ChatMessage message) => message.RoleValue switch
    {
        MessageRole.None => 0,
        MessageRole.Other => _counter.CountTokens(example[message.Role]),
        _ => _roleTokens[(int)message.RoleValue],
    };
}
