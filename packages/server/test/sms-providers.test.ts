import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aliyunCanonicalQuery, aliyunProvider, aliyunSignature, aliyunStringToSign } from '../src/modules/sms/providers/aliyun';
import { httpProvider } from '../src/modules/sms/providers/http';
import { tc3Authorization, tc3CanonicalRequest, tc3Signature, tc3StringToSign, tencentProvider } from '../src/modules/sms/providers/tencent';
import type { SmsProviderConfig, SmsSendRequest } from '../src/modules/sms/providers/types';
import { type FakeProvider, fakeAliyun, fakeHttp, fakeTencent } from './support/fake-sms-providers';

/**
 * The providers' signatures against the providers' published examples (test vectors), and each provider against
 * its local fake server, which verifies the signature the way the provider does (test/support/fake-sms-providers.ts).
 */

describe('signature vectors (published examples)', () => {
  it('Alibaba Cloud SMS SendSms: the StringToSign and Signature of the documented example', () => {
    // Alibaba Cloud SMS "签名机制" example: AccessKeyId testId, AccessKeySecret testSecret.
    const params = {
      AccessKeyId: 'testId',
      Action: 'SendSms',
      Format: 'XML',
      OutId: '123',
      PhoneNumbers: '15300000001',
      RegionId: 'cn-hangzhou',
      SignName: '阿里云短信测试专用',
      SignatureMethod: 'HMAC-SHA1',
      SignatureNonce: '45e25e9b-0a6f-4070-8c85-2956eda1b466',
      SignatureVersion: '1.0',
      TemplateCode: 'SMS_71390007',
      TemplateParam: '{"customer":"test"}',
      Timestamp: '2017-07-12T02:42:19Z',
      Version: '2017-05-25',
    };
    expect(aliyunCanonicalQuery(params)).toBe(
      'AccessKeyId=testId&Action=SendSms&Format=XML&OutId=123&PhoneNumbers=15300000001&RegionId=cn-hangzhou&SignName=%E9%98%BF%E9%87%8C%E4%BA%91%E7%9F%AD%E4%BF%A1%E6%B5%8B%E8%AF%95%E4%B8%93%E7%94%A8&SignatureMethod=HMAC-SHA1&SignatureNonce=45e25e9b-0a6f-4070-8c85-2956eda1b466&SignatureVersion=1.0&TemplateCode=SMS_71390007&TemplateParam=%7B%22customer%22%3A%22test%22%7D&Timestamp=2017-07-12T02%3A42%3A19Z&Version=2017-05-25',
    );
    expect(aliyunStringToSign('GET', params)).toBe(
      'GET&%2F&AccessKeyId%3DtestId%26Action%3DSendSms%26Format%3DXML%26OutId%3D123%26PhoneNumbers%3D15300000001%26RegionId%3Dcn-hangzhou%26SignName%3D%25E9%2598%25BF%25E9%2587%258C%25E4%25BA%2591%25E7%259F%25AD%25E4%25BF%25A1%25E6%25B5%258B%25E8%25AF%2595%25E4%25B8%2593%25E7%2594%25A8%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D45e25e9b-0a6f-4070-8c85-2956eda1b466%26SignatureVersion%3D1.0%26TemplateCode%3DSMS_71390007%26TemplateParam%3D%257B%2522customer%2522%253A%2522test%2522%257D%26Timestamp%3D2017-07-12T02%253A42%253A19Z%26Version%3D2017-05-25',
    );
    expect(aliyunSignature('testSecret', 'GET', params)).toBe('zJDF+Lrzhj/ThnlvIToysFRq6t4=');
  });

  it('Tencent Cloud API 3.0 TC3-HMAC-SHA256: the documented CVM DescribeInstances example', () => {
    // Tencent Cloud "签名方法 v3" example (keys as printed in the documentation, masked with *).
    const input = {
      secretId: 'AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******',
      secretKey: 'Gu5t9xGARNpq86cd98joQYCN3*******',
      service: 'cvm',
      host: 'cvm.tencentcloudapi.com',
      timestamp: 1551113065,
      payload: '{"Limit": 1, "Filters": [{"Values": ["\\u672a\\u547d\\u540d"], "Name": "instance-name"}]}',
    };
    expect(tc3CanonicalRequest(input)).toBe(
      'POST\n/\n\ncontent-type:application/json; charset=utf-8\nhost:cvm.tencentcloudapi.com\n\ncontent-type;host\n35e9c5b0e3ae67532d3c9f17ead6c90222632e5b1ff7f6e89887f1398934f064',
    );
    expect(tc3StringToSign(input)).toBe(
      'TC3-HMAC-SHA256\n1551113065\n2019-02-25/cvm/tc3_request\n5ffe6a04c0664d6b969fab9a13bdab201d63ee709638e2749d62a09ca18d7031',
    );
    expect(tc3Signature(input)).toBe('2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c');
    expect(tc3Authorization(input)).toBe(
      'TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******/2019-02-25/cvm/tc3_request, SignedHeaders=content-type;host, Signature=2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c',
    );
  });
});

const cfg = (over: Partial<SmsProviderConfig>): SmsProviderConfig => ({
  provider: 'log',
  endpoint: null,
  accessKeyId: null,
  secret: null,
  signName: '协救',
  sdkAppId: '1400000000',
  region: null,
  ratePerSecond: 100,
  receiptToken: null,
  quietStart: '21:00',
  quietEnd: '08:00',
  source: 'env',
  ...over,
});

const req = (key: string): SmsSendRequest => ({
  key,
  phone: '13800138000',
  content: '您的【最低生活保障】申请已受理。',
  templateCode: 'ACCEPTED',
  providerTemplateId: 'SMS_0001',
  params: { programs: '最低生活保障', receiptNo: 'SJ1' },
  createdAt: new Date(),
});

describe('each provider against its fake server (signature verified as the provider does)', () => {
  const fakes: FakeProvider[] = [];
  let aliyun: FakeProvider;
  let tencent: FakeProvider;
  let http: FakeProvider;
  beforeAll(async () => {
    aliyun = await fakeAliyun({ accessKeyId: 'LTAIkey', secret: 'ali-secret' });
    tencent = await fakeTencent({ secretId: 'AKIDtest', secretKey: 'tc-secret' });
    http = await fakeHttp({ secret: 'http-secret' });
    fakes.push(aliyun, tencent, http);
  });
  afterAll(async () => {
    for (const f of fakes) await f.close();
  });

  it('aliyun: SendSms with OutId = key, QuerySendDetails finds it; a wrong secret is rejected', async () => {
    const p = aliyunProvider(cfg({ provider: 'aliyun', endpoint: aliyun.url, accessKeyId: 'LTAIkey', secret: 'ali-secret' }));
    expect(await p.send(req('k-ali-1'))).toEqual({ ok: true, messageId: 'biz-1' });
    expect(aliyun.sends[0].body).toMatchObject({ OutId: 'k-ali-1', PhoneNumbers: '13800138000', TemplateCode: 'SMS_0001', SignName: '协救' });
    expect(JSON.parse(String(aliyun.sends[0].body.TemplateParam))).toEqual({ programs: '最低生活保障', receiptNo: 'SJ1' });
    expect(await p.lookup(req('k-ali-1'))).toEqual({ state: 'found', messageId: 'biz-1' });
    expect(await p.lookup(req('k-ali-2'))).toEqual({ state: 'missing' });
    const wrong = aliyunProvider(cfg({ provider: 'aliyun', endpoint: aliyun.url, accessKeyId: 'LTAIkey', secret: 'not-it' }));
    const r = await wrong.send(req('k-ali-3'));
    expect(r).toMatchObject({ ok: false, error: expect.stringMatching(/SignatureDoesNotMatch/) });
    expect(aliyun.rejected).toBe(1);
    expect(aliyun.sends).toHaveLength(1);
  });

  it('tencent: SendSms with SessionContext = key, PullSmsSendStatus finds it; a wrong key is rejected', async () => {
    const p = tencentProvider(cfg({ provider: 'tencent', endpoint: tencent.url, accessKeyId: 'AKIDtest', secret: 'tc-secret' }));
    expect(await p.send(req('k-tc-1'))).toEqual({ ok: true, messageId: 'serial-1' });
    expect(tencent.sends[0].body).toMatchObject({
      SessionContext: 'k-tc-1',
      PhoneNumberSet: ['+8613800138000'],
      TemplateId: 'SMS_0001',
      SmsSdkAppId: '1400000000',
    });
    expect(await p.lookup(req('k-tc-1'))).toEqual({ state: 'found', messageId: 'serial-1' });
    // No status report for a key: Tencent cannot tell whether it was sent.
    expect((await p.lookup(req('k-tc-2'))).state).toBe('unknown');
    const wrong = tencentProvider(cfg({ provider: 'tencent', endpoint: tencent.url, accessKeyId: 'AKIDtest', secret: 'nope' }));
    expect(await wrong.send(req('k-tc-3'))).toMatchObject({ ok: false, error: expect.stringMatching(/SignatureFailure/) });
    expect(tencent.rejected).toBe(1);
  });

  it('http: JSON POST with Idempotency-Key and X-Signature; lookup by key; a wrong secret is rejected; 5xx is ambiguous', async () => {
    const p = httpProvider(cfg({ provider: 'http', endpoint: http.url, secret: 'http-secret' }));
    expect(await p.send(req('k-h-1'))).toEqual({ ok: true, messageId: 'msg-1' });
    expect(http.sends[0].body).toMatchObject({ key: 'k-h-1', phone: '13800138000', template: 'ACCEPTED' });
    expect(await p.lookup(req('k-h-1'))).toEqual({ state: 'found', messageId: 'msg-1' });
    expect(await p.lookup(req('k-h-2'))).toEqual({ state: 'missing' });
    const wrong = httpProvider(cfg({ provider: 'http', endpoint: http.url, secret: 'nope' }));
    expect(await wrong.send(req('k-h-3'))).toMatchObject({ ok: false, error: expect.stringMatching(/401/) });
    expect(http.rejected).toBe(1);
    http.failNext.push('http500');
    await expect(p.send(req('k-h-4'))).rejects.toThrow(/503/);
    http.failNext.push('refuse');
    expect(await p.send(req('k-h-4'))).toMatchObject({ ok: false, error: expect.stringMatching(/422/) });
  });
});
