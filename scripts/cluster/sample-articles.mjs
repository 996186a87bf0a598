#!/usr/bin/env node
// Writes N generated news articles of about 3 KB (invented places, people and numbers, in the
// drafting style of regional news) into DIR, for measuring throughput: node sample-articles.mjs N DIR
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [count, dir] = [Number(process.argv[2]), process.argv[3]];
if (!Number.isInteger(count) || count < 1 || !dir) {
  process.stderr.write('usage: node scripts/cluster/sample-articles.mjs N DIR\n');
  process.exit(2);
}
const places = ['Sukamaju', 'Tanjung Harapan', 'Mekarsari', 'Sungai Jernih', 'Bukit Indah', 'Padang Lestari', 'Talang Baru', 'Muara Damai'];
const offices = ['Dinas Pendidikan', 'Dinas Kesehatan', 'Dinas Sosial', 'Badan Perencanaan Pembangunan Daerah', 'Dinas Pekerjaan Umum'];
const people = ['Ratna Dewi Lestari', 'Agus Salim Harahap', 'Budi Santoso', 'Siti Nurhaliza Putri', 'Hendra Wijaya', 'Maya Anggraini'];
const months = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const pick = (list, i) => list[i % list.length];

function article(i) {
  const place = pick(places, i);
  const other = pick(places, i + 3);
  const office = pick(offices, i);
  const head = pick(people, i);
  const date = `${(i % 27) + 1} ${pick(months, i)} ${2019 + (i % 6)}`;
  const paragraphs = [
    `${office} Kabupaten ${place} menggelar rapat koordinasi pada ${date} bersama camat se-Kabupaten ${place}.`,
    `Kepala ${office} Kabupaten ${place}, ${head}, mengatakan program tahun ini menyasar ${100 + (i % 400)} desa di Kecamatan ${place} Utara dan Kecamatan ${other} Selatan.`,
    `"Kami ingin semua desa mendapat layanan yang sama," kata ${head} di kantor Bupati ${place}.`,
    `Bupati ${place} ${pick(people, i + 2)} meminta ${office} Kabupaten ${place} bekerja sama dengan Pemerintah Kabupaten ${other}.`,
    `Menurut data Badan Pusat Statistik Kabupaten ${place}, indeks pembangunan manusia daerah itu mencapai ${(65 + (i % 10) + 0.37).toFixed(2)} pada ${2018 + (i % 5)}.`,
    `Rapat juga membahas Peraturan Daerah Kabupaten ${place} Nomor ${(i % 12) + 1} Tahun ${2015 + (i % 8)} tentang rencana pembangunan jangka menengah daerah.`,
    `Program lanjutan dijadwalkan mulai ${(i % 20) + 5} ${pick(months, i + 4)} ${2020 + (i % 5)} dan dievaluasi setiap tiga bulan oleh Inspektorat Kabupaten ${place}.`,
  ];
  let text = `${office} ${place} Gelar Rapat Koordinasi\n\n${paragraphs.join('\n\n')}`;
  for (let k = 0; text.length < 3000; k++) text += `\n\n${paragraphs[(k + i) % paragraphs.length]}`;
  return text;
}

mkdirSync(dir, { recursive: true });
for (let i = 0; i < count; i++) writeFileSync(join(dir, `berita-${String(i).padStart(6, '0')}.txt`), article(i));
process.stderr.write(`${count} articles in ${dir}\n`);
