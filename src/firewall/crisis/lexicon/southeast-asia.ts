import { compile } from '../cue.js';

// Thai, Tagalog, Vietnamese and more Indonesian (issue 13, fourth round): the same concepts as
// the other lexicons (wanting to die or not to wake up, no reason to live, being a burden, a
// goodbye or "don't look for me", things handed over, not being around, means and amounts, a
// place or a time), each with its everyday look-alikes kept out (see distancing.ts for idioms).
// Thai has no spaces: its rows are substrings, and the negation sits inside them (ไม่อยาก...).
// Vietnamese reaches the screen without its accents ("không muốn sống" -> "khong muon song"), so
// words that differ only in tone collide: "tự tử" (suicide) is "tu tu" like "từ từ" (slowly) and
// is only read after a verb of wanting or planning.

export const TH = compile('th', [
  ['topic', 0.5, String.raw`ฆ่าตัวตาย|อัตวินิบาตกรรม`, 'neg'],
  ['ideation', 1, String.raw`(?<!ไม่)(?<!ไม่ได้)อยากตาย(?!จะแย่|แล้วมั้ง)|(?:จะ|อยาก|คิดจะ|คิดอยาก|ตั้งใจจะ)ฆ่าตัวตาย|(?<!ไม่)(?:อยาก)?(?:จบ|ปลิด)ชีวิต(?:ตัวเอง)?|ไม่อยาก(?:มีชีวิต)?อยู่(?:แล้ว|ต่อ|อีกต่อไป|บนโลกนี้)|ไม่อยากมีชีวิตอยู่|หลับ(?:ไป)?(?:แล้ว)?(?:ก็)?ไม่(?:ต้อง)?ตื่น(?:อีก|ขึ้นมา)?|ไม่อยากตื่นขึ้นมาอีก`],
  ['ideation', 0.7, String.raw`(?<!ไม่)อยากหายไป(?:จากโลกนี้|ตลอดกาล)?`],
  ['hopelessness', 1, String.raw`ชีวิตไม่มีความหมาย|อยู่ไปก็ไม่มีประโยชน์|ไม่รู้จะอยู่ไปทำไม|อยู่ไปทำไม|ไม่มีเหตุผลที่จะอยู่|เหนื่อยกับชีวิต`],
  ['hopelessness', 0.5, String.raw`ไม่ไหวแล้ว|ทนไม่ไหว|ไม่มีทางออก|หมดหวัง|เหนื่อยเกินไป|เหนื่อยเหลือเกิน`],
  ['burden', 1, String.raw`(?:ถ้า)?ไม่มี(?:ฉัน|หนู|ผม|เรา)(?:แล้ว)?(?:ทุกคน)?(?:คง|จะ)?(?:ดีกว่า|สบายขึ้น|มีความสุขกว่า)`],
  ['burden', 0.6, String.raw`(?:ฉัน|หนู|ผม|เรา)(?:มัน)?(?:เป็น)?(?:แค่)?ภาระ`],
  ['farewell', 0.8, String.raw`ลาก่อน(?:นะ)?ทุกคน|ลาก่อนตลอดไป|ถ้า(?:แม่|พ่อ|เธอ|ทุกคน)?ได้อ่าน(?:ข้อความ)?นี้`],
  ['farewell', 0.6, String.raw`ไม่ต้องตามหา(?:ฉัน|หนู|ผม)|อย่าตามหา(?:ฉัน|หนู|ผม)`],
  ['farewell', 0.45, String.raw`ขอโทษ(?:สำหรับ|ทุก)ทุกอย่าง|ขอโทษนะ(?:แม่|พ่อ)|ฝาก(?:ดูแล|เลี้ยง)|ช่วยดูแล(?:แม่|พ่อ|แมว|หมา)(?:ด้วย|แทน)`],
  ['farewell', 0.4, String.raw`ลาก่อน`],
  ['plan', 1, String.raw`จดหมายลาตาย|จดหมายสั่งเสีย`],
  ['absence', 0.8, String.raw`(?:หลังจาก|ตอน|เมื่อ)(?:ที่)?(?:ฉัน|หนู|ผม)ไม่อยู่แล้ว|(?:ฉัน|หนู|ผม)จะไม่อยู่แล้ว|จะไม่ได้เจอกันอีก(?:แล้ว)?`],
  ['absence', 0.5, String.raw`ไม่ต้องห่วง(?:ฉัน|หนู|ผม)อีก(?:แล้ว|ต่อไป)|ไม่ต้องใช้(?:มัน)?อีกแล้ว`],
  ['absence', 0.4, String.raw`ไม่ต้องห่วง(?:ฉัน|หนู|ผม)`],
  ['giving_away', 0.6, String.raw`ยก(?:ของ|ทรัพย์สิน|เงิน)(?:ทั้งหมด)?ให้|ของ(?:ฉัน|หนู|ผม)ทั้งหมด(?:ยก)?ให้|โอนเงิน(?:เก็บ)?ทั้งหมด`],
  ['height', 0.4, String.raw`(?:ไป|ขึ้น|อยู่)(?:ที่|บน)?(?:สะพาน|ดาดฟ้า|ตึก)`],
  ['method', 1, String.raw`กระโดด(?:ตึก|สะพาน|น้ำตาย|ลงจาก(?:ตึก|สะพาน|ดาดฟ้า))|ผูกคอ|แขวนคอ|กินยาตาย`],
  ['means', 1, String.raw`กี่เม็ด(?:ถึง|ถึงจะ|จะ)?ตาย|กินยา(?:นอนหลับ)?(?:ทั้งหมด|ทีเดียวหมด|หมดขวด|ทั้งขวด)`],
  ['means', 0.8, String.raw`(?:เก็บ|สะสม|ตุน)ยา(?:นอนหลับ)?(?:ไว้)?|ปริมาณที่ทำให้ตาย`],
  ['means', 0.3, String.raw`ยานอนหลับ`],
  ['self_harm', 1, String.raw`(?<!ไม่)ทำร้ายตัวเอง|กรีด(?:แขน|ข้อมือ)|เชือดข้อมือ`],
  ['timing', 0.3, String.raw`คืนนี้|พรุ่งนี้เช้า`],
]);

export const TL = compile('tl', [
  ['topic', 0.5, String.raw`\bpagpapakamatay\b`, 'neg'],
  ['ideation', 1, String.raw`\b(?:gusto ko(?: na)?ng|gusto ko na lang) (?:mamatay|magpakamatay|mawala na lang)\b|\bmagpapakamatay (?:na )?ako\b|\bmagpakamatay\b|\b(?:ayoko|ayaw ko|ayaw ko) (?:na(?:ng)? )?(?:mabuhay|mabuhay pa)\b|\bwakasan (?:ko )?(?:na )?ang (?:buhay ko|aking buhay)\b|\bsana (?:hindi|di) na (?:ako )?magising\b|\bhindi na ako gigising\b`, 'neg'],
  ['ideation', 0.7, String.raw`\bgusto ko na(?:ng)? (?:mawala|maglaho)\b`],
  ['ideation', 1, String.raw`\bgusto (?:na )?(?:niya|nila)(?:ng| na) (?:mamatay|magpakamatay)\b|\bayaw na (?:niya|nila)ng mabuhay\b|\bmagpapakamatay (?:na )?(?:daw )?(?:siya|sila)\b`],
  ['hopelessness', 1, String.raw`\bpagod na (?:ako )?sa (?:buhay|pagbuhay)\b|\bwalang (?:saysay|kwenta|silbi) ang (?:buhay ko|mabuhay)\b|\bwala nang dahilan para mabuhay\b`],
  ['hopelessness', 0.5, String.raw`\b(?:hindi|di) ko na (?:kaya|kayang tiisin)\b|\bwala nang pag-?asa\b|\bsuko na ako\b`],
  ['burden', 1, String.raw`\b(?:mas (?:mabuti|maayos|masaya|okay)|gagaan ang buhay) (?:kayo|ninyo|niyo|ng lahat|nila) (?:kung|kapag|pag) wala (?:na )?ako\b`],
  ['burden', 0.6, String.raw`\b(?:pabigat|pasanin) (?:lang )?ako\b|\bako ay pabigat\b`],
  ['farewell', 0.8, String.raw`\bpaalam (?:sa )?(?:inyong )?lahat\b|\bpaalam na\b|\b(?:kapag|pag|kung) nabasa (?:mo|ninyo|niyo) (?:na )?ito\b`],
  ['farewell', 0.6, String.raw`\b(?:huwag|wag) (?:niyo|ninyo|mo) (?:na )?akong hanapin\b`],
  ['farewell', 0.45, String.raw`\b(?:patawad|patawarin (?:mo|niyo|ninyo) ako) sa lahat\b|\balagaan (?:mo|niyo|ninyo) (?:si|ang) (?:mama|papa|nanay|tatay|aso|pusa|mga bata)\b`],
  ['farewell', 0.4, String.raw`\bpaalam\b|\bpatawarin (?:mo|niyo|ninyo) ako\b`],
  ['absence', 0.7, String.raw`\b(?:kapag|pag|kung) wala na ako\b|\bhindi na ako magtatagal\b|\bwala na ako bukas\b`],
  ['absence', 0.5, String.raw`\b(?:huwag|wag) na (?:siyang|kayong|kang) mag-?alala sa akin\b`],
  ['giving_away', 0.5, String.raw`\b(?:sa (?:iyo|inyo) na (?:ang|lahat)|ibigay (?:mo )?(?:na )?(?:ang )?lahat ng (?:ipon|gamit|pera) ko)\b|\bipadala (?:mo )?(?:na )?(?:ang )?lahat ng ipon ko\b`],
  ['height', 0.4, String.raw`\b(?:sa|nasa) (?:tulay|bubong|rooftop)\b`],
  ['method', 1, String.raw`\btumalon (?:sa|mula sa) (?:tulay|bubong|building|gusali)\b|\bmagbigti\b|\bmagbibigti\b`],
  ['means', 1, String.raw`\bilang (?:tableta|pills|gamot)\b[\w' -]{0,30}?\b(?:mamatay|patay)\b`],
  ['means', 0.8, String.raw`\b(?:iniipon|inipon|nag-?ipon)\b[^.]{0,25}\b(?:tableta|gamot|pampatulog)\b|\binumin ko lahat ng (?:gamot|tableta)\b`],
  ['self_harm', 1, String.raw`\b(?:saktan|sinasaktan) (?:ko )?ang sarili ko\b|\bnaglalaslas\b|\blaslas\b`, 'neg'],
  ['timing', 0.3, String.raw`\b(?:mamayang gabi|ngayong gabi)\b`],
]);

export const VI = compile('vi', [
  ['topic', 0.5, String.raw`\btu sat\b|\b(?:muon|se|dinh|y dinh|nghi (?:den|ve)(?: chuyen)?|co gang|vu|chuyen|ngan) tu tu\b`, 'neg'],
  ['ideation', 1, String.raw`\b(?<!(?:met|doi|nong|lanh|so|xau ho|ngai|chan|buon ngu|cuoi|buon cuoi|tuc|ghen) )(?:chi |that su |that la )?muon chet(?! (?:di duoc|luon|that|cuoi|khiep))\b|\bkhong (?:muon|con muon) song (?:nua|tiep)\b|\b(?:ket thuc|ket lieu|cham dut) (?:cuoc doi|cuoc song|mang song|doi) (?:minh|con|toi|em|anh)?\b|\bchet (?:di )?cho (?:roi|xong)\b|\b(?:ngu|nhan mat) (?:mot giac )?(?:roi )?khong (?:bao gio )?(?:thuc day|tinh day) nua\b|\bkhong muon thuc day nua\b`],
  ['ideation', 0.7, String.raw`\bmuon bien mat (?:mai mai|vinh vien|khoi the gioi)\b`],
  ['hopelessness', 1, String.raw`\bsong (?:cung )?(?:khong co|chang co|chang con) (?:y nghia|muc dich)\b|\bsong de lam gi\b|\bsong (?:con )?co y nghia gi\b|\bmet moi voi cuoc song\b|\bchan song\b`],
  ['hopelessness', 0.5, String.raw`\bkhong chiu (?:noi|dung) (?:nua|duoc nua)\b|\bkhong con (?:hy vong|hi vong|loi thoat)\b|\bmet (?:lam|qua) roi\b|\bkiet suc roi\b`],
  ['burden', 1, String.raw`\bkhong co (?:con|toi|em|minh|anh) (?:thi )?(?:moi nguoi|ca nha|bo me|gia dinh)? ?(?:se )?(?:tot hon|nhe nhom hon|hanh phuc hon)\b`],
  ['burden', 0.6, String.raw`\b(?:con|toi|em|minh) (?:chi )?la (?:mot )?ganh nang\b|\bganh nang cho (?:moi nguoi|ca nha|gia dinh|bo me)\b`],
  ['farewell', 0.8, String.raw`\bvinh biet\b|\btam biet (?:moi nguoi|tat ca|ca nha) (?:nhe|nha)?\b|\bkhi (?:me|bo|moi nguoi|anh|em|ban) doc duoc (?:nhung dong|tin nhan|thu) nay\b`],
  ['farewell', 0.6, String.raw`\b(?:dung|dung co) (?:tim|di tim) (?:con|toi|em|minh|anh)\b`],
  ['farewell', 0.45, String.raw`\b(?:xin loi|tha loi cho) (?:vi|ve) (?:tat ca|moi chuyen|moi thu)\b|\bcon xin loi (?:me|bo|ba|ma)\b|\b(?:nho )?(?:cham soc|trong|nuoi) (?:me|bo|ba|ma|con meo|con cho|cac con|\w+) (?:giup|ho|thay) (?:con|toi|em|minh|anh|chi)\b`],
  ['absence', 0.8, String.raw`\bkhi (?:con|toi|em|minh|anh) (?:khong con|da di|ra di) (?:nua|roi)?\b|\b(?:con|toi|em|minh|anh|chi) (?:se )?(?:khong|chang) (?:con )?(?:o day|o ben|tren doi nay) nua\b|\b(?:con|toi|em|minh|anh|chi) se khong con nua\b`],
  ['absence', 0.5, String.raw`\b(?:sau|qua) (?:toi nay|dem nay|hom nay|ngay mai) (?:con|toi|em|minh) (?:khong|chang) (?:can|con can) (?:no |nua|den no)?\b`],
  ['giving_away', 0.5, String.raw`\b(?:chuyen|gui|cho|de lai) het (?:tien tiet kiem|tien|do dac|tai san|moi thu)\b|\bde lai (?:het )?cho (?:me|bo|em|anh|chi|con)\b`],
  ['height', 0.4, String.raw`\b(?:tren|len) (?:san thuong|cau|noc nha|tang thuong)\b`],
  ['method', 1, String.raw`\bnhay (?:cau|lau|song|tu tang|xuong tu)\b|\btreo co\b|\buong thuoc (?:tu tu|de chet)\b`],
  ['means', 1, String.raw`\b(?:bao nhieu|may) vien\b[\w' -]{0,30}?\bchet\b|\buong het (?:ca )?(?:vi|lo|hop)? ?thuoc\b`],
  ['means', 0.8, String.raw`\b(?:tich|gom|de danh|cat giu|tru|giau)\b[^.]{0,25}\bthuoc(?: ngu)?\b|\bthuoc ngu\b[^.]{0,20}\b(?:het|du|nhieu)\b`],
  ['self_harm', 1, String.raw`\b(?:tu lam hai|tu lam dau|tu hai) (?:ban than|minh)?\b|\brach tay\b|\bcat tay\b`, 'neg'],
  ['timing', 0.3, String.raw`\b(?:toi nay|dem nay)\b`],
]);

export const ID_MORE = compile('id', [
  ['ideation', 1, String.raw`\b(?:tidur|pergi tidur) (?:dan|terus|lalu) (?:tidak|gak|nggak|ga) (?:bangun|usah bangun) lagi\b|\b(?:tidak|gak|nggak|ga) (?:mau|ingin|pengen) bangun lagi\b|\b(?:ingin|mau|pengen) (?:menghilang|hilang) (?:selamanya|dari dunia)\b`],
  ['hopelessness', 1, String.raw`\b(?:tidak|gak|nggak|ga) ada (?:gunanya|artinya|alasan untuk) (?:hidup|aku hidup|lagi hidup)\b|\bhidup(?:ku)? (?:tidak|gak|nggak|ga) (?:ada )?(?:berarti|artinya)\b`],
  ['hopelessness', 0.5, String.raw`\b(?:aku|saya) (?:sudah |udah )?(?:tidak|gak|nggak|ga) (?:kuat|sanggup|tahan) lagi\b|\bputus asa\b`],
  ['burden', 1, String.raw`\b(?:semua(?: orang)?|kalian|keluarga) (?:akan )?lebih (?:baik|bahagia|tenang) tanpa (?:aku|saya)\b`],
  ['burden', 0.6, String.raw`\b(?:aku|saya) (?:cuma|hanya)? ?(?:jadi )?beban\b`],
  ['farewell', 0.8, String.raw`\bselamat tinggal (?:semuanya|semua|kalian)\b|\b(?:saat|ketika|kalau) (?:kamu|kalian|ibu|mama) membaca (?:ini|pesan ini|surat ini)\b|\bsurat perpisahan\b`],
  ['farewell', 0.6, String.raw`\bjangan (?:cari|mencari) (?:aku|saya)\b(?! (?:di|ke|besok|nanti|hari|minggu|sampai|jam|dulu)\b)`],
  ['absence', 0.8, String.raw`\b(?:kalau|jika|setelah|saat) (?:aku|saya) (?:sudah |udah )?(?:tidak|gak|nggak) ada (?:lagi)?\b`],
  ['giving_away', 0.5, String.raw`\b(?:barang|barang-barang|tabungan|uang)(?:ku| saya)? (?:semua )?(?:buat|untuk) (?:kamu|kalian|ibu|adik)\b|\bkirim (?:semua )?tabungan(?:ku| saya)\b`],
  ['height', 0.4, String.raw`\b(?:di|ke) (?:atap|jembatan|rooftop)\b`],
  ['method', 1, String.raw`\b(?:loncat|lompat|terjun) dari (?:jembatan|gedung|atap|lantai)\b|\bgantung diri\b`],
  ['means', 1, String.raw`\bberapa (?:butir|tablet|pil)\b[\w' -]{0,30}?\bmati\b|\bminum semua obat\b`],
  ['means', 0.8, String.raw`\b(?:kumpulin|mengumpulkan|nyimpen|menimbun) (?:\w+ )?obat(?: tidur)?\b`],
  ['self_harm', 1, String.raw`\b(?:nyayat|menyayat|sayat) (?:tangan|lengan|diri)\b`, 'neg'],
  ['timing', 0.3, String.raw`\b(?:malam ini|nanti malam)\b`],
]);
