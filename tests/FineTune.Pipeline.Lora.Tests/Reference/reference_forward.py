#!/usr/bin/env python3
"""Independent reference forward pass (PyTorch, written from the Hugging Face modelling code, sharing no
code with the C# implementation) of a Llama / Qwen2 checkpoint plus a PEFT LoRA adapter.

usage: reference_forward.py <checkpoint> <adapter> <out.json> <id> <id> ...
Reads safetensors by hand (8-byte little-endian header length, JSON header, raw little-endian data),
computes logits for the given token ids (one row) and writes {"ids": [...], "logits": [[...]]}.
"""
import json, math, struct, sys
import numpy as np
import torch

def read_safetensors(path):
    with open(path, "rb") as f:
        n = struct.unpack("<Q", f.read(8))[0]
        header = json.loads(f.read(n))
        data = f.read()
    out = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        assert info["dtype"] == "F32", info["dtype"]
        a, b = info["data_offsets"]
        out[name] = torch.from_numpy(np.frombuffer(data[a:b], dtype="<f4").copy()).reshape(info["shape"]).double()
    return out

def inv_freq(cfg, dim):
    theta = cfg.get("rope_theta") or (cfg.get("rope_parameters") or {}).get("rope_theta", 10000.0)
    f = 1.0 / (theta ** (torch.arange(0, dim, 2, dtype=torch.float64) / dim))
    rs = cfg.get("rope_scaling") or {}
    if rs.get("rope_type", rs.get("type")) == "llama3":
        factor, lo, hi, old = rs["factor"], rs["low_freq_factor"], rs["high_freq_factor"], rs["original_max_position_embeddings"]
        lo_wl, hi_wl = old / lo, old / hi
        wl = 2 * math.pi / f
        scaled = torch.where(wl > lo_wl, f / factor, f)
        smooth = (old / wl - lo) / (hi - lo)
        smoothed = (1 - smooth) * scaled / factor + smooth * scaled
        medium = (wl >= hi_wl) & (wl <= lo_wl)
        f = torch.where(medium, smoothed, scaled)
    return f

def rotate_half(x):
    h = x.shape[-1] // 2
    return torch.cat([-x[..., h:], x[..., :h]], dim=-1)

def main():
    ckpt, adapter, out = sys.argv[1], sys.argv[2], sys.argv[3]
    ids = [int(t) for t in sys.argv[4:]]
    cfg = json.load(open(f"{ckpt}/config.json"))
    w = read_safetensors(f"{ckpt}/model.safetensors")
    acfg = json.load(open(f"{adapter}/adapter_config.json"))
    lw = read_safetensors(f"{adapter}/adapter_model.safetensors")
    r, alpha = acfg["r"], acfg["lora_alpha"]
    scaling = alpha / math.sqrt(r) if acfg.get("use_rslora") else alpha / r

    def linear(x, prefix):
        y = x @ w[prefix + ".weight"].T
        if prefix + ".bias" in w:
            y = y + w[prefix + ".bias"]
        a = lw.get("base_model.model." + prefix + ".lora_A.weight")
        if a is not None:
            b = lw["base_model.model." + prefix + ".lora_B.weight"]
            y = y + scaling * ((x @ a.T) @ b.T)
        return y

    def rms(x, weight):
        return weight * (x / torch.sqrt((x * x).mean(-1, keepdim=True) + cfg["rms_norm_eps"]))

    H, nh = cfg["hidden_size"], cfg["num_attention_heads"]
    nkv = cfg.get("num_key_value_heads", nh)
    hd = cfg.get("head_dim", H // nh)
    T = len(ids)
    freqs = torch.outer(torch.arange(T, dtype=torch.float64), inv_freq(cfg, hd))
    emb = torch.cat([freqs, freqs], dim=-1)
    cos, sin = emb.cos(), emb.sin()
    x = w["model.embed_tokens.weight"][torch.tensor(ids)]
    mask = torch.full((T, T), float("-inf"), dtype=torch.float64).triu(1)
    for i in range(cfg["num_hidden_layers"]):
        p = f"model.layers.{i}"
        h = rms(x, w[f"{p}.input_layernorm.weight"])
        q = linear(h, f"{p}.self_attn.q_proj").view(T, nh, hd).transpose(0, 1)
        k = linear(h, f"{p}.self_attn.k_proj").view(T, nkv, hd).transpose(0, 1)
        v = linear(h, f"{p}.self_attn.v_proj").view(T, nkv, hd).transpose(0, 1)
        q = q * cos + rotate_half(q) * sin
        k = k * cos + rotate_half(k) * sin
        k = k.repeat_interleave(nh // nkv, dim=0)
        v = v.repeat_interleave(nh // nkv, dim=0)
        att = torch.softmax(q @ k.transpose(-1, -2) / math.sqrt(hd) + mask, dim=-1) @ v
        x = x + linear(att.transpose(0, 1).reshape(T, nh * hd), f"{p}.self_attn.o_proj")
        h = rms(x, w[f"{p}.post_attention_layernorm.weight"])
        g = linear(h, f"{p}.mlp.gate_proj")
        x = x + linear(torch.nn.functional.silu(g) * linear(h, f"{p}.mlp.up_proj"), f"{p}.mlp.down_proj")
    x = rms(x, w["model.norm.weight"])
    head = w.get("lm_head.weight", w["model.embed_tokens.weight"])
    logits = x @ head.T
    json.dump({"ids": ids, "logits": [[round(float(v), 6) for v in row] for row in logits]}, open(out, "w"))

if __name__ == "__main__":
    main()
