// Generated news articles for the import and library benchmarks: about 3 KB of Indonesian prose
// each, composed from newsroom conventions (a dateline, a unit and its head, a score, a decree
// reference, dates, regions), deterministic from a seed. Nothing here is copied from the corpus.
import { mulberry32 } from '../helpers/seeded-random.ts';

const REGIONS = [
  ['Kabupaten Musi Banyuasin', '16.06'],
  ['Kota Palembang', '16.71'],
  ['Kabupaten Bandung', '32.04'],
  ['Kabupaten Garut', '32.05'],
  ['Kota Bogor', '32.71'],
  ['Kabupaten Sleman', '34.04'],
  ['Kabupaten Banyumas', '33.02'],
  ['Kota Malang', '35.73'],
  ['Kabupaten Gowa', '73.06'],
  ['Kota Kupang', '53.71'],
] as const;
const UNITS = [
  'Dinas Sosial',
  'Dinas Kesehatan',
  'Dinas Pendidikan',
  'Badan Perencanaan Pembangunan Daerah',
  'Dinas Pekerjaan Umum',
  'Inspektorat',
];
// 20 × 20 names, so a full name is in about one document of a hundred, as in a real archive.
const GIVEN = [
  'Ahmad',
  'Siti',
  'Budi',
  'Dewi',
  'Hendra',
  'Rina',
  'Yusuf',
  'Maya',
  'Agus',
  'Fitri',
  'Joko',
  'Lina',
  'Rudi',
  'Nur',
  'Eko',
  'Sri',
  'Dedi',
  'Wati',
  'Andi',
  'Yanti',
];
const FAMILY = [
  'Fauzi',
  'Rahmawati',
  'Santoso',
  'Lestari',
  'Gunawan',
  'Marlina',
  'Hidayat',
  'Sari',
  'Saputra',
  'Wibowo',
  'Kurniawan',
  'Susanti',
  'Setiawan',
  'Handayani',
  'Pratama',
  'Nugroho',
  'Purnama',
  'Hakim',
  'Siregar',
  'Nasution',
];
const ROLES = ['Kepala', 'Sekretaris', 'Kepala Bidang'];
const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const FILLER = [
  'Kegiatan itu dihadiri perwakilan kecamatan dan tokoh masyarakat setempat.',
  'Menurut dia, pelayanan kepada warga harus terus ditingkatkan dari tahun ke tahun.',
  'Pemerintah daerah juga menyiapkan anggaran tambahan untuk program tersebut.',
  'Warga menyambut baik langkah itu karena dinilai mempermudah pengurusan administrasi.',
  'Evaluasi dilakukan secara berkala dengan melibatkan tim dari provinsi.',
];

export interface GeneratedEntity {
  type: 'region' | 'official' | 'organization' | 'score' | 'date' | 'decree';
  start: number;
  end: number;
  text: string;
  normalized: string;
}

export interface GeneratedArticle {
  title: string;
  text: string;
  entities: GeneratedEntity[];
}

/** One article of about `targetBytes` (default 3 KB) with its entities' spans, from `seed`. */
export function generateArticle(seed: number, targetBytes = 3_000): GeneratedArticle {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const entities: GeneratedEntity[] = [];
  let text = '';
  const add = (type: GeneratedEntity['type'], surface: string, normalized: string) => {
    entities.push({ type, start: text.length, end: text.length + surface.length, text: surface, normalized });
    text += surface;
  };
  const say = (words: string) => {
    text += words;
  };
  const [regionName] = pick(REGIONS);
  const title = `${pick(UNITS)} ${regionName} Raih Penilaian Kinerja ${2015 + (seed % 10)}`;
  say(`${title}\n\n`);
  while (Buffer.byteLength(text) < targetBytes - 400) {
    const [region, code] = pick(REGIONS);
    const unit = pick(UNITS);
    const name = `${pick(GIVEN)} ${pick(FAMILY)}`;
    const day = 1 + Math.floor(random() * 28);
    const month = MONTHS[Math.floor(random() * 12)]!;
    const year = 2015 + Math.floor(random() * 10);
    const score = `${60 + Math.floor(random() * 40)},${Math.floor(random() * 100)}`;
    say(`${region.split(' ').pop()}, `);
    add('date', `${day} ${month} ${year}`, `${year}-${String(MONTHS.indexOf(month) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`);
    say(' — ');
    add('organization', `${unit} ${region}`, `${unit} ${region}`);
    say(' meraih nilai ');
    add('score', score, score.replace(',', '.'));
    say(' dalam evaluasi kinerja pelayanan publik. ');
    add('official', `${pick(ROLES)} ${unit} ${name}`, name);
    say(' mengatakan capaian itu berkat kerja sama seluruh pegawai di ');
    add('region', region, code);
    say('. Penilaian mengacu pada ');
    const number = `${100 + Math.floor(random() * 800)}/${year}`;
    add('decree', `Peraturan Bupati Nomor ${number}`, number);
    say(`. ${pick(FILLER)} ${pick(FILLER)}\n\n`);
  }
  return { title, text, entities };
}
