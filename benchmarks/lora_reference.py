#!/usr/bin/env python3
"""PyTorch-eager reference for the LoRA training benchmark (benchmarks/lora.sh).

The same step as FineTune.Pipeline.Lora's LoraTrainer, written independently in plain PyTorch (no transformers,
no peft): a Llama decoder (RMSNorm, rotate-half RoPE, grouped-query attention, SwiGLU) loaded from the generated
checkpoint, frozen, with LoRA (dropout -> A -> B, scaled) on the target projections; loss = summed cross-entropy
of the LM head over the positions that count, divided by their number; backward; clip_grad_norm_(1.0); AdamW
(weight decay 0) over the LoRA weights only. PyTorch 1.13 has no fused attention, so attention is
softmax(QK^T/sqrt(d) + causal mask) V, as the eager Llama of that era computed it.

usage: lora_reference.py --model DIR --threads N [--warmup 2] [--steps 5] [--batch 8] [--seq 256]
Prints one JSON object: {"threads", "step_seconds": [...], "step_cpu_seconds": [...], "tokens_per_step", "matmul_gflops"}
(step_cpu_seconds: process CPU time of each step, all threads, which a shared machine disturbs less than wall time).
"""
import argparse, json, math, struct, time
import numpy as np
import torch
import torch.nn.functional as F


def read_safetensors(path):
    with open(path, "rb") as f:
        n = struct.unpack("<Q", f.read(8))[0]
        header = json.loads(f.read(n))
        data = f.read()
    out = {}
    for name, info in header.items():
        if name != "__metadata__":
            a, b = info["data_offsets"]
            out[name] = torch.from_numpy(np.frombuffer(data[a:b], dtype="<f4").copy()).reshape(info["shape"])
    return out


def inv_freq(cfg, dim):
    f = 1.0 / (cfg.get("rope_theta", 10000.0) ** (torch.arange(0, dim, 2, dtype=torch.float64) / dim))
    rs = cfg.get("rope_scaling") or {}
    if rs.get("rope_type") == "llama3":
        factor, lo, hi, old = rs["factor"], rs["low_freq_factor"], rs["high_freq_factor"], rs["original_max_position_embeddings"]
        wl = 2 * math.pi / f
        scaled = torch.where(wl > old / lo, f / factor, f)
        smooth = (old / wl - lo) / (hi - lo)
        f = torch.where((wl >= old / hi) & (wl <= old / lo), (1 - smooth) * scaled / factor + smooth * scaled, scaled)
    return f.float()


class LoraLinear(torch.nn.Module):
    def __init__(self, weight, r, alpha, dropout):
        super().__init__()
        self.weight = torch.nn.Parameter(weight, requires_grad=False)
        self.lora_A = torch.nn.Linear(weight.shape[1], r, bias=False)
        self.lora_B = torch.nn.Linear(r, weight.shape[0], bias=False)
        torch.nn.init.kaiming_uniform_(self.lora_A.weight, a=math.sqrt(5))
        torch.nn.init.zeros_(self.lora_B.weight)
        self.dropout = torch.nn.Dropout(dropout)
        self.scaling = alpha / r

    def forward(self, x):
        return F.linear(x, self.weight) + self.lora_B(self.lora_A(self.dropout(x))) * self.scaling


class Frozen(torch.nn.Module):
    def __init__(self, weight):
        super().__init__()
        self.weight = torch.nn.Parameter(weight, requires_grad=False)

    def forward(self, x):
        return F.linear(x, self.weight)


def rms(x, weight, eps):
    return weight * (x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + eps))


def rotate(x, cos, sin):
    h = x.shape[-1] // 2
    return x * cos + torch.cat([-x[..., h:], x[..., :h]], dim=-1) * sin


class Llama(torch.nn.Module):
    def __init__(self, cfg, w, r, alpha, dropout, targets):
        super().__init__()
        self.cfg = cfg
        self.w = w
        proj = lambda name: LoraLinear(w[name + ".weight"], r, alpha, dropout) if name.split(".")[-1] in targets else Frozen(w[name + ".weight"])
        self.layers = torch.nn.ModuleList()
        for i in range(cfg["num_hidden_layers"]):
            p = f"model.layers.{i}"
            self.layers.append(torch.nn.ModuleDict({n: proj(f"{p}.{kind}.{n}") for kind, names in
                (("self_attn", ("q_proj", "k_proj", "v_proj", "o_proj")), ("mlp", ("gate_proj", "up_proj", "down_proj"))) for n in names}))
        self.hd = cfg.get("head_dim", cfg["hidden_size"] // cfg["num_attention_heads"])
        self.inv = inv_freq(cfg, self.hd)

    def hidden(self, ids):
        cfg, w, hd = self.cfg, self.w, self.hd
        B, T = ids.shape
        nh, nkv, eps = cfg["num_attention_heads"], cfg["num_key_value_heads"], cfg["rms_norm_eps"]
        freqs = torch.outer(torch.arange(T, dtype=torch.float32), self.inv)
        emb = torch.cat([freqs, freqs], dim=-1)
        cos, sin = emb.cos(), emb.sin()
        mask = torch.full((T, T), float("-inf")).triu(1)
        x = F.embedding(ids, w["model.embed_tokens.weight"])
        for i, m in enumerate(self.layers):
            p = f"model.layers.{i}"
            h = rms(x, w[f"{p}.input_layernorm.weight"], eps)
            q = rotate(m["q_proj"](h).view(B, T, nh, hd).transpose(1, 2), cos, sin)
            k = rotate(m["k_proj"](h).view(B, T, nkv, hd).transpose(1, 2), cos, sin)
            v = m["v_proj"](h).view(B, T, nkv, hd).transpose(1, 2)
            k, v = k.repeat_interleave(nh // nkv, dim=1), v.repeat_interleave(nh // nkv, dim=1)
            att = torch.softmax(q @ k.transpose(-1, -2) / math.sqrt(hd) + mask, dim=-1) @ v
            x = x + m["o_proj"](att.transpose(1, 2).reshape(B, T, nh * hd))
            h = rms(x, w[f"{p}.post_attention_layernorm.weight"], eps)
            x = x + m["down_proj"](F.silu(m["gate_proj"](h)) * m["up_proj"](h))
        return rms(x, w["model.norm.weight"], eps)


def matmul_gflops(n=2048, reps=5):
    a, b = torch.randn(n, n), torch.randn(n, n)
    a @ b
    best = min(timed(lambda: a @ b) for _ in range(reps))
    return 2 * n ** 3 / best / 1e9


def timed(f):
    start = time.perf_counter()
    f()
    return time.perf_counter() - start


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", required=True)
    ap.add_argument("--threads", type=int, required=True)
    ap.add_argument("--warmup", type=int, default=2)
    ap.add_argument("--steps", type=int, default=5)
    ap.add_argument("--batch", type=int, default=8)
    ap.add_argument("--seq", type=int, default=256)
    ap.add_argument("--rank", type=int, default=16)
    ap.add_argument("--alpha", type=float, default=32)
    ap.add_argument("--dropout", type=float, default=0.05)
    ap.add_argument("--targets", default="q_proj,k_proj,v_proj,o_proj")
    a = ap.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(42)
    cfg = json.load(open(f"{a.model}/config.json"))
    w = read_safetensors(f"{a.model}/model.safetensors")
    head = w.get("lm_head.weight", w["model.embed_tokens.weight"])
    model = Llama(cfg, w, a.rank, a.alpha, a.dropout, a.targets.split(","))
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=2e-4, weight_decay=0.0)
    model.train()
    # Every position trains except the last of each row (it has no next token), as in the C# benchmark.
    ids = torch.randint(0, cfg["vocab_size"], (a.warmup + a.steps, a.batch, a.seq))
    times, cpu = [], []
    for s in range(a.warmup + a.steps):
        start, start_cpu = time.perf_counter(), time.process_time()
        inputs = ids[s]
        labels = torch.full_like(inputs, -100)
        labels[:, :-1] = inputs[:, 1:]
        counts = labels.ne(-100)
        opt.zero_grad()
        hidden = model.hidden(inputs)
        logits = F.linear(hidden[counts], head)
        loss = F.cross_entropy(logits, labels[counts], reduction="sum") / counts.sum()
        loss.backward()
        loss.item()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        opt.step()
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    print(json.dumps({"threads": a.threads, "step_seconds": times[a.warmup:], "step_cpu_seconds": cpu[a.warmup:],
                      "tokens_per_step": a.batch * a.seq, "matmul_gflops": matmul_gflops()}))


if __name__ == "__main__":
    main()
